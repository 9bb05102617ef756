/**
 * The Children in Need census in the DfE's XML ({@link io.github.cscreturns.serialization.cin.CinXml},
 * root {@code Message}, read as a stream of children after the header).
 */
@NullMarked
@CscStyle
package io.github.cscreturns.serialization.cin;

import io.github.cscreturns.codesets.CscStyle;
import org.jspecify.annotations.NullMarked;
