/**
 * JSON for the SSDA903 model and the CIN census model: {@link
 * io.github.cscreturns.serialization.json.Ssda903JacksonModule} and {@link
 * io.github.cscreturns.serialization.json.CinJacksonModule} for your own {@code ObjectMapper}, and
 * {@link io.github.cscreturns.serialization.json.Ssda903Json} and {@link
 * io.github.cscreturns.serialization.json.CinJson} for a ready mapper, single children, whole returns
 * and JSON Lines.
 */
@NullMarked
@CscStyle
package io.github.cscreturns.serialization.json;

import io.github.cscreturns.codesets.CscStyle;
import org.jspecify.annotations.NullMarked;
