/**
 * The DfE's SSDA903 rules, one class per rule code. Not API: users reach them through
 * {@link io.github.cscreturns.validation.ssda903.RuleSet}.
 */
@NullMarked
@CscStyle
package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.CscStyle;
import org.jspecify.annotations.NullMarked;
