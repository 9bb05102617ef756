/** DfE XML and JSON formats of the children's social care returns. */
module io.github.cscreturns.serialization {
  requires transitive io.github.cscreturns.core;
  requires transitive com.fasterxml.jackson.databind;
  requires java.xml;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires static org.jspecify;
  requires static org.immutables.value;

  exports io.github.cscreturns.serialization;
  exports io.github.cscreturns.serialization.csww;
}
