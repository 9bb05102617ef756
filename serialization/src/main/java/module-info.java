/** Formats of the returns: DfE XML and CSV, and JSON through a Jackson module. */
module io.github.cscreturns.serialization {
  requires transitive io.github.cscreturns.core;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires static org.jspecify;
  requires static org.immutables.value;

  // The JSON mapping is hand-written (no reflection on the model), so nothing needs to be opened.
  exports io.github.cscreturns.serialization.json;
}
