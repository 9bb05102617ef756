/** Identifiers and source locations shared by the models of every return. */
@NullMarked
@CscStyle
package io.github.cscreturns.core;

import io.github.cscreturns.codesets.CscStyle;
import org.jspecify.annotations.NullMarked;
