/** The immutable domain model of the children's social care returns. */
module io.github.cscreturns.core {
  requires transitive io.github.cscreturns.codesets;
  requires static org.jspecify;
  requires static org.immutables.value;

  exports io.github.cscreturns.core;
  exports io.github.cscreturns.core.ssda903;
  exports io.github.cscreturns.core.csww;
  exports io.github.cscreturns.core.cin;
}
