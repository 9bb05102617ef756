/** The children's social work workforce (CSWW) census: worker records, the LA snapshot and its measures. */
@NullMarked
@CscStyle
package io.github.cscreturns.core.csww;

import io.github.cscreturns.codesets.CscStyle;
import org.jspecify.annotations.NullMarked;
