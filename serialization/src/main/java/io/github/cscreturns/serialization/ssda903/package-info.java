/**
 * The SSDA903 return in the DfE's formats: the XML file ({@link
 * io.github.cscreturns.serialization.ssda903.Ssda903Xml}, root EXPSSDA903, read as a stream of
 * children) and the CSV file set ({@link io.github.cscreturns.serialization.ssda903.Ssda903Csv}).
 */
@NullMarked
@CscStyle
package io.github.cscreturns.serialization.ssda903;

import io.github.cscreturns.codesets.CscStyle;
import org.jspecify.annotations.NullMarked;
