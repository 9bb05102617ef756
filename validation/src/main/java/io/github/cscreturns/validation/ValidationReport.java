package io.github.cscreturns.validation;

import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The result of validating a return: every finding in a stable order (input order of children, then
 * {@link Finding#ORDER}), and an outcome for every rule of the rule set. The same input gives the same
 * report, whatever the parallelism.
 */
@Value.Immutable
public interface ValidationReport {
  static ImmutableValidationReport.Builder builder() {
    return ImmutableValidationReport.builder();
  }

  /** The findings, in stable order. */
  List<Finding> findings();

  /** The outcome per rule code, in rule code order. */
  Map<String, RuleOutcome> outcomes();

  /** How many subjects (children, workers) were checked. */
  int checked();

  /**
   * Every time a rule threw, in input order (then rule code order): the rule is errored for that
   * child and the run went on. Bounded by the validator to keep a broken rule from filling memory.
   */
  List<RuleError> ruleErrors();

  /**
   * The DfE stages that were run (1, 2 or both, in order), for returns whose rules the DfE splits into
   * stages (SSDA903); empty otherwise.
   */
  List<Integer> stagesRun();

  /** Whether there is no error-severity finding and no rule errored. */
  default boolean isValid() {
    return findings().stream().noneMatch(f -> f.severity() == Severity.ERROR)
        && outcomes().values().stream().noneMatch(o -> o instanceof RuleOutcome.Errored);
  }

  /** The outcome of the rule, if the rule set has the code. */
  default java.util.Optional<RuleOutcome> outcome(String ruleCode) {
    return java.util.Optional.ofNullable(outcomes().get(ruleCode));
  }

  /** The number of error-severity findings. */
  default long errorCount() {
    return findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
  }

  /** The number of query-severity findings. */
  default long queryCount() {
    return findings().stream().filter(f -> f.severity() == Severity.QUERY).count();
  }
}
