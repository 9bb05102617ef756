/** Year-versioned codesets of the children's social care returns. */
module io.github.cscreturns.codesets {
  requires static org.jspecify;
  requires static org.immutables.value;

  exports io.github.cscreturns.codesets;
  exports io.github.cscreturns.codesets.ssda903;
  exports io.github.cscreturns.codesets.csww;
  exports io.github.cscreturns.codesets.cin;
}
