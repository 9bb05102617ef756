/** Writers of validation reports as text, CSV, JSON and HTML: deterministic, byte-identical for identical reports. */
@NullMarked
@CscStyle
package io.github.cscreturns.validation.report;

import io.github.cscreturns.codesets.CscStyle;
import org.jspecify.annotations.NullMarked;
