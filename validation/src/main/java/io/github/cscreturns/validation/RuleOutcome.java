package io.github.cscreturns.validation;

/**
 * What became of one rule in a validation run. "Skipped" is never "passed": a rule that could not be
 * evaluated (not implemented yet, or needing the previous year's return or reference data that was
 * not supplied) says so.
 */
public sealed interface RuleOutcome
    permits RuleOutcome.Passed, RuleOutcome.Failed, RuleOutcome.Skipped, RuleOutcome.Errored {

  /** The rule ran on every child and flagged nothing. */
  record Passed() implements RuleOutcome {}

  /** The rule flagged records. */
  record Failed(int findings) implements RuleOutcome {}

  /** The rule did not run, for the reason given. */
  record Skipped(String reason) implements RuleOutcome {
    /** The reason given for a catalogued rule without an implementation ("not implemented", or it followed by why). */
    public static final String NOT_IMPLEMENTED = "not implemented";

    /** The reason given for a rule left out of the run by the caller's selection of rules. */
    public static final String NOT_SELECTED = "not selected";

    /**
     * Whether the rule was skipped because it has no implementation (rather than for a missing input).
     *
     * @return whether the rule was skipped because it has no implementation (rather than for a
     *     missing input)
     */
    public boolean isNotImplemented() {
      return reason.equals(NOT_IMPLEMENTED) || reason.startsWith(NOT_IMPLEMENTED + ":");
    }
  }

  /**
   * The rule threw on some children (the run went on); {@code firstError} names the exception type
   * and where, never field values. Findings it made on other children still count.
   */
  record Errored(int children, String firstError, int findings) implements RuleOutcome {}

  /**
   * A short word for reports: passed, failed, skipped, errored.
   *
   * @return a short word for reports
   */
  default String label() {
    if (this instanceof Passed) {
      return "passed";
    } else if (this instanceof Failed) {
      return "failed";
    } else if (this instanceof Skipped) {
      return "skipped";
    }
    return "errored";
  }
}
