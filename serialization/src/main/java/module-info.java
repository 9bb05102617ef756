/**
 * Reading and writing the returns: the DfE SSDA903 XML and CSV file sets and the workforce census XML
 * and the CIN census XML (streaming, exact round trip, safe with hostile input), and JSON.
 */
module io.github.cscreturns.serialization {
  requires transitive io.github.cscreturns.core;
  requires transitive com.fasterxml.jackson.databind;
  requires java.xml;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires static org.jspecify;
  requires static org.immutables.value;

  exports io.github.cscreturns.serialization;
  exports io.github.cscreturns.serialization.ssda903;
  exports io.github.cscreturns.serialization.csww;
  exports io.github.cscreturns.serialization.cin;
  exports io.github.cscreturns.serialization.json;
}
