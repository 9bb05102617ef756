/** Seeded samples of the workforce census (CSWW) records for property tests. */
@NullMarked
@CscStyle
package io.github.cscreturns.synthetic.csww;

import io.github.cscreturns.codesets.CscStyle;
import org.jspecify.annotations.NullMarked;
