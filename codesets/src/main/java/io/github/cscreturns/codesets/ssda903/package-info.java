/** The SSDA903 (children looked after) codesets, one enum per codeset, valid by collection year. */
@NullMarked
@CscStyle
package io.github.cscreturns.codesets.ssda903;

import io.github.cscreturns.codesets.CscStyle;
import org.jspecify.annotations.NullMarked;
