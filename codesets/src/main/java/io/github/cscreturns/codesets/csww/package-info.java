/** The codesets of the children's social work workforce (CSWW) census, one enum per coded item. */
@NullMarked
@CscStyle
package io.github.cscreturns.codesets.csww;

import io.github.cscreturns.codesets.CscStyle;
import org.jspecify.annotations.NullMarked;
