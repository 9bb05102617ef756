/**
 * Reading and writing the returns: the DfE SSDA903 XML and CSV file sets (streaming, exact round
 * trip, safe with hostile input).
 */
module io.github.cscreturns.serialization {
  requires transitive io.github.cscreturns.core;
  requires java.xml;
  requires static org.jspecify;
  requires static org.immutables.value;

  exports io.github.cscreturns.serialization;
  exports io.github.cscreturns.serialization.ssda903;
}
