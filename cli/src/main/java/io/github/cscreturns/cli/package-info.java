/** The {@code csc} command line tool. */
@NullMarked
@CscStyle
package io.github.cscreturns.cli;

import io.github.cscreturns.codesets.CscStyle;
import org.jspecify.annotations.NullMarked;
