/** Validation of the children's social care returns: the report shape and the DfE rule engines. */
module io.github.cscreturns.validation {
  requires transitive io.github.cscreturns.core;
  requires static org.jspecify;
  requires static org.immutables.value;

  exports io.github.cscreturns.validation;
  exports io.github.cscreturns.validation.ssda903;
  exports io.github.cscreturns.validation.csww;
}
