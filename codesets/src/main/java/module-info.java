/** Year-versioned codesets of the children's social care returns. */
module io.github.cscreturns.codesets {
  requires static org.jspecify;
  requires static org.immutables.value;

  exports io.github.cscreturns.codesets;
  exports io.github.cscreturns.codesets.ssda903;
  exports io.github.cscreturns.codesets.csww;
  exports io.github.cscreturns.codesets.cin;

  // The one CSV parser and quoter, for the project's own modules only: not API.
  exports io.github.cscreturns.codesets.internal.csv to
      io.github.cscreturns.validation,
      io.github.cscreturns.serialization,
      io.github.cscreturns.reference;
}
