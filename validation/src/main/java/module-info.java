/** Validation of the children's social care returns: the report shape, the DfE rule engines and report writers. */
module io.github.cscreturns.validation {
  requires transitive io.github.cscreturns.core;
  requires transitive jakarta.validation;
  // Optional: only FieldValidation needs it; the rule engine runs without it.
  requires static org.hibernate.validator;
  requires static org.jspecify;
  requires static org.immutables.value;

  exports io.github.cscreturns.validation;
  exports io.github.cscreturns.validation.ssda903;
  exports io.github.cscreturns.validation.csww;
  exports io.github.cscreturns.validation.cin;
  exports io.github.cscreturns.validation.report;

  // Local rules beside the DfE's: RuleSet.forYearWithProviders loads every provider.
  uses io.github.cscreturns.validation.ssda903.RuleSetProvider;

  // Hibernate Validator instantiates the constraint validator and reads the constraint annotation.
  opens io.github.cscreturns.validation.ssda903.internal.beans to org.hibernate.validator;
}
