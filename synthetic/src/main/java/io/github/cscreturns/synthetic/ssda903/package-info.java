/**
 * Seeded generation of SSDA903 returns: {@link io.github.cscreturns.synthetic.ssda903.Ssda903Generator}
 * gives a year's children, and the same children's previous-year return, with the same bytes for the
 * same seed, year and size.
 */
@NullMarked
@CscStyle
package io.github.cscreturns.synthetic.ssda903;

import io.github.cscreturns.codesets.CscStyle;
import org.jspecify.annotations.NullMarked;
