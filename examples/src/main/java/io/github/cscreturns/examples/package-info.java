/** Small runnable programs showing the API; each is run by a test, and the README quotes them. */
@NullMarked
package io.github.cscreturns.examples;

import org.jspecify.annotations.NullMarked;
