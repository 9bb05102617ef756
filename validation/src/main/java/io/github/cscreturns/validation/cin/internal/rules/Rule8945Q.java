package io.github.cscreturns.validation.cin.internal.rules;

/**
 * 8945Q: the assessment factors code '18A' should not be used ('18B' or '18C' should be used
 * instead). New in 2024-25; the DfE publishes no logic text beyond its message: an AssessmentFactors
 * (N00181) of 18A is queried, wherever it is written.
 */
public final class Rule8945Q extends WithdrawnFactorQuery {
  /** The rule. */
  public Rule8945Q() {
    super("18A");
  }

  @Override
  public String code() {
    return "8945Q";
  }
}
