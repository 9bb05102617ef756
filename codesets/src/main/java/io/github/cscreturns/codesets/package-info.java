/** Collection years, codes, codesets and crosswalks shared by every return. */
@NullMarked
@CscStyle
package io.github.cscreturns.codesets;

import org.jspecify.annotations.NullMarked;
