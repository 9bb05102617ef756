/** The codesets of the Children in Need (CIN) census, one enum per coded item, valid by collection year. */
@NullMarked
@CscStyle
package io.github.cscreturns.codesets.cin;

import io.github.cscreturns.codesets.CscStyle;
import org.jspecify.annotations.NullMarked;
