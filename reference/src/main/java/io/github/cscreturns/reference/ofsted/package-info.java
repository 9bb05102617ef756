/** Ofsted's lists of children's homes and social care providers, read from the spreadsheets Ofsted publishes or CSV. */
@NullMarked
@CscStyle
package io.github.cscreturns.reference.ofsted;

import io.github.cscreturns.codesets.CscStyle;
import org.jspecify.annotations.NullMarked;
