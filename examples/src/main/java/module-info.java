/** Small runnable programs showing the csc-returns API. */
module io.github.cscreturns.examples {
  requires io.github.cscreturns.serialization;
  requires static org.jspecify;

  exports io.github.cscreturns.examples;
}
