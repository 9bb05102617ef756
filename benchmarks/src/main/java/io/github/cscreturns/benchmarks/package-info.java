/** JMH benchmarks of reading the SSDA903 formats; not API. */
@NullMarked
package io.github.cscreturns.benchmarks;

import org.jspecify.annotations.NullMarked;
