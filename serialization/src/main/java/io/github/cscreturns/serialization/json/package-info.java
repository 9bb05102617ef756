/**
 * JSON for the SSDA903 model: {@link io.github.cscreturns.serialization.json.Ssda903JacksonModule}
 * for your own {@code ObjectMapper}, and {@link io.github.cscreturns.serialization.json.Ssda903Json}
 * for a ready mapper, single children, whole returns and JSON Lines.
 */
@NullMarked
@CscStyle
package io.github.cscreturns.serialization.json;

import io.github.cscreturns.codesets.CscStyle;
import org.jspecify.annotations.NullMarked;
