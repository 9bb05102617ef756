/** Postcodes and local authorities from public registers, bundled or loaded from the user's own ONS Postcode Directory. */
@NullMarked
@CscStyle
package io.github.cscreturns.reference;

import io.github.cscreturns.codesets.CscStyle;
import org.jspecify.annotations.NullMarked;
