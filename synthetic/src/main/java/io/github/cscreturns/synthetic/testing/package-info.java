/** Property checks over seeds: JUnit parameter sources of seeds and sizes, failures that name them, a shrink over size. */
@NullMarked
@CscStyle
package io.github.cscreturns.synthetic.testing;

import io.github.cscreturns.codesets.CscStyle;
import org.jspecify.annotations.NullMarked;
