/** Consistency checks of the CSWW census, reported in the common {@code ValidationReport} shape. */
@NullMarked
@CscStyle
package io.github.cscreturns.validation.csww;

import io.github.cscreturns.codesets.CscStyle;
import org.jspecify.annotations.NullMarked;
