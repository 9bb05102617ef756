/** Not API: the bundled postcode table's binary form, its generator, and small CSV and xlsx readers. */
@NullMarked
@CscStyle
package io.github.cscreturns.reference.internal;

import io.github.cscreturns.codesets.CscStyle;
import org.jspecify.annotations.NullMarked;
