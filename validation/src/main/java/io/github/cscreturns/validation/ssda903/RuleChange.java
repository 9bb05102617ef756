package io.github.cscreturns.validation.ssda903;

/**
 * One change the DfE made to its rules in a collection year, as a year's {@link RuleSet} records it
 * against the year before: a rule added, redefined or deleted.
 *
 * @param code the rule code
 * @param kind what changed
 * @param implemented whether this project implements the rule (in the year for added and redefined
 *     rules, in the year before for deleted ones)
 * @since 2023-24 (the first year derived from another)
 */
public record RuleChange(String code, Kind kind, boolean implemented) {
  /** What the DfE did to the rule in the year. */
  public enum Kind {
    /** New in the year's rule list. */
    ADDED,
    /** Redefined: a new version of the rule (its logic, code lists or message changed). */
    REDEFINED,
    /** No longer in the year's rule list. */
    DELETED
  }
}
