/** The Children in Need (CIN) census: the return, each child with their CIN episodes, and derived views. */
@NullMarked
@CscStyle
package io.github.cscreturns.core.cin;

import io.github.cscreturns.codesets.CscStyle;
import org.jspecify.annotations.NullMarked;
