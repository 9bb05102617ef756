/**
 * Optional reference data for the SSDA903 rules that look outside the return: the bundled ONS Postcode
 * Directory snapshot (postcode → local authority and grid reference), the English children's services
 * authorities (DfE number ↔ ONS code), a reader for a user's own ONSPD CSV, and readers for Ofsted's
 * provider lists (xlsx as published, or CSV). The validation module does not depend on this one.
 */
module io.github.cscreturns.reference {
  requires transitive io.github.cscreturns.validation;
  requires java.xml;
  requires static org.jspecify;
  requires static org.immutables.value;

  exports io.github.cscreturns.reference;
  exports io.github.cscreturns.reference.ofsted;
}
