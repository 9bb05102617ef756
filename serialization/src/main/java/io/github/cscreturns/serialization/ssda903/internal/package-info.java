/** Not API: the SSDA903 field catalogue shared by the XML and CSV formats, and their plumbing. */
@NullMarked
@CscStyle
package io.github.cscreturns.serialization.ssda903.internal;

import io.github.cscreturns.codesets.CscStyle;
import org.jspecify.annotations.NullMarked;
