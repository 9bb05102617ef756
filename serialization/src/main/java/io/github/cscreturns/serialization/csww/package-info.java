/** The CSWW census formats: the DfE worker-level XML (StAX, streaming) and JSON (a Jackson module). */
@NullMarked
@CscStyle
package io.github.cscreturns.serialization.csww;

import io.github.cscreturns.codesets.CscStyle;
import org.jspecify.annotations.NullMarked;
