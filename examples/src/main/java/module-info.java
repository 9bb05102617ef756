/** Small runnable programs showing the csc-returns API. */
module io.github.cscreturns.examples {
  requires io.github.cscreturns.serialization;
  requires io.github.cscreturns.validation;
  requires io.github.cscreturns.synthetic;
  requires static org.jspecify;

  exports io.github.cscreturns.examples;

  // A local rule beside the DfE's: RuleSet.forYearWithProviders finds it.
  provides io.github.cscreturns.validation.ssda903.RuleSetProvider with
      io.github.cscreturns.examples.UpnRequiredLocally;
}
