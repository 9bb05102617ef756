/**
 * Error injection for SSDA903 and CIN census returns: changes one child of a return (or its previous-year record) so
 * that a chosen DfE rule fires, and as few other error rules as the DfE's rules allow. It sits beside
 * {@code synthetic} rather than in it because it needs the validator, and the validation module's own
 * tests use the synthetic generator (a module cannot depend on one that depends on it).
 */
module io.github.cscreturns.injection {
  requires transitive io.github.cscreturns.validation;
  // The CIN injector changes a child as the DfE's XML and reads it back.
  requires io.github.cscreturns.serialization;
  requires java.xml;
  requires static org.jspecify;

  exports io.github.cscreturns.injection.ssda903;
  exports io.github.cscreturns.injection.cin;
}
