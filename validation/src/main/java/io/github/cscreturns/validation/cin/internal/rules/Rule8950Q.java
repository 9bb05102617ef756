package io.github.cscreturns.validation.cin.internal.rules;

/**
 * 8950Q: the assessment factors code '19A' should not be used ('19B' or '19C' should be used
 * instead). New in 2024-25; the DfE publishes no logic text beyond its message: an AssessmentFactors
 * (N00181) of 19A is queried, wherever it is written.
 */
public final class Rule8950Q extends WithdrawnFactorQuery {
  /** The rule. */
  public Rule8950Q() {
    super("19A");
  }

  @Override
  public String code() {
    return "8950Q";
  }
}
