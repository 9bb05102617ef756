/**
 * The DfE's validation rules of the Children in Need census: each year's catalogue, its rule set
 * written as the changes from the year before, and the validator that runs it over a return, one
 * child at a time, reporting in the common {@code ValidationReport} shape.
 */
@NullMarked
@CscStyle
package io.github.cscreturns.validation.cin;

import io.github.cscreturns.codesets.CscStyle;
import org.jspecify.annotations.NullMarked;
