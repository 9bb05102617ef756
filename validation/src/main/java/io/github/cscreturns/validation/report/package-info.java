/** Writers of validation reports as text, CSV, JSON and HTML (deterministic, byte-identical for identical reports), and the affected values of findings for reports that show them. */
@NullMarked
@CscStyle
package io.github.cscreturns.validation.report;

import io.github.cscreturns.codesets.CscStyle;
import org.jspecify.annotations.NullMarked;
