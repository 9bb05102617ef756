/**
 * Error injection for CIN census returns: changes one child of a return so that a chosen DfE CIN rule
 * fires, and as few other error rules as the DfE's rules allow, found by searching changes of the
 * child's elements with the validator.
 */
@NullMarked
package io.github.cscreturns.injection.cin;

import org.jspecify.annotations.NullMarked;
