/**
 * The project's one CSV parser and quoter, shared by its modules (exported only to them); not API.
 */
@NullMarked
package io.github.cscreturns.codesets.internal.csv;

import org.jspecify.annotations.NullMarked;
