/** What every reader and writer of the returns shares: the format error with its location, and input limits. */
@NullMarked
@CscStyle
package io.github.cscreturns.serialization;

import io.github.cscreturns.codesets.CscStyle;
import org.jspecify.annotations.NullMarked;
