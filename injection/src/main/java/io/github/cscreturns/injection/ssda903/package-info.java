/**
 * Error injection for SSDA903 returns: {@link io.github.cscreturns.injection.ssda903.ErrorInjector}
 * changes a child of a return so that a chosen DfE rule fires, by searching domain-named mutations.
 */
@NullMarked
package io.github.cscreturns.injection.ssda903;

import org.jspecify.annotations.NullMarked;
