/**
 * The SSDA903 rule engine: {@link io.github.cscreturns.validation.ssda903.RuleSet} per collection year,
 * {@link io.github.cscreturns.validation.ssda903.Rule}s that see one child at a time through a
 * {@link io.github.cscreturns.validation.ssda903.RuleContext}, and the
 * {@link io.github.cscreturns.validation.ssda903.Validator} that streams a return through them.
 */
@NullMarked
@CscStyle
package io.github.cscreturns.validation.ssda903;

import io.github.cscreturns.codesets.CscStyle;
import org.jspecify.annotations.NullMarked;
