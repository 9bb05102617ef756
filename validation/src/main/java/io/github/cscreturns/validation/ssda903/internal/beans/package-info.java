/**
 * The Bean Validation plumbing behind {@link io.github.cscreturns.validation.ssda903.FieldValidation}:
 * the class-level constraint that carries a DfE rule code and its validator. Not API.
 */
@NullMarked
@CscStyle
package io.github.cscreturns.validation.ssda903.internal.beans;

import io.github.cscreturns.codesets.CscStyle;
import org.jspecify.annotations.NullMarked;
