/** Small runnable programs showing the csc-returns API. */
module io.github.cscreturns.examples {
  requires io.github.cscreturns.serialization;
  requires io.github.cscreturns.validation;
  requires io.github.cscreturns.synthetic;
  requires static org.jspecify;

  exports io.github.cscreturns.examples;
}
