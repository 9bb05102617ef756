/**
 * Seeded generation of Children in Need (CIN) census returns: {@link
 * io.github.cscreturns.synthetic.cin.CinGenerator} gives a year's children in need, with the same
 * bytes for the same seed, year and size.
 */
@NullMarked
@CscStyle
package io.github.cscreturns.synthetic.cin;

import io.github.cscreturns.codesets.CscStyle;
import org.jspecify.annotations.NullMarked;
