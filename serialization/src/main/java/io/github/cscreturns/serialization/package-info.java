/** What every format of the returns shares: the exception for unusable input, with its location. */
@NullMarked
@CscStyle
package io.github.cscreturns.serialization;

import io.github.cscreturns.codesets.CscStyle;
import org.jspecify.annotations.NullMarked;
