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
  /**
   * A builder of a {@code ValidationReport}, every item unset.
   *
   * @return the builder
   */
  static ImmutableValidationReport.Builder builder() {
    return ImmutableValidationReport.builder();
  }

  /**
   * The findings, in stable order.
   *
   * @return the findings, in stable order
   */
  List<Finding> findings();

  /**
   * The outcome per rule code, in rule code order.
   *
   * @return the outcome per rule code, in rule code order
   */
  Map<String, RuleOutcome> outcomes();

  /**
   * How many subjects (children, workers) were checked.
   *
   * @return how many subjects (children, workers) were checked
   */
  int checked();

  /**
   * Every time a rule threw, in input order (then rule code order): the rule is errored for that
   * child and the run went on. Bounded by the validator to keep a broken rule from filling memory.
   *
   * @return every time a rule threw, in input order (then rule code order)
   */
  List<RuleError> ruleErrors();

  /**
   * The codes of the rules in {@link #outcomes()} that are local rules (added beside the DfE's, with
   * their own metadata), not the DfE's. Empty when only the DfE's rules ran.
   *
   * @return the codes of the rules in {@link #outcomes()} that are local rules (added beside the
   *     DfE's, with their own metadata), not the DfE's
   * @since 2022-23
   */
  @Value.Default
  default java.util.Set<String> localRules() {
    return java.util.Set.of();
  }

  /**
   * How many of the DfE's catalogued rules of the year the report has an outcome for (local rules not counted).
   *
   * @return how many of the DfE's catalogued rules of the year the report has an outcome for (local
   *     rules not counted)
   */
  default int cataloguedRules() {
    return (int) outcomes().keySet().stream().filter(code -> !localRules().contains(code)).count();
  }

  /**
   * How many of the DfE's catalogued rules ran: passed, failed or errored (local rules not counted).
   *
   * @return how many of the DfE's catalogued rules ran
   */
  default int rulesRun() {
    return (int) outcomes().entrySet().stream()
        .filter(e -> !localRules().contains(e.getKey()))
        .filter(e -> !(e.getValue() instanceof RuleOutcome.Skipped))
        .count();
  }

  /**
   * How many of the DfE's catalogued rules have no implementation (skipped as not implemented).
   *
   * @return how many of the DfE's catalogued rules have no implementation (skipped as not
   *     implemented)
   */
  default int rulesNotImplemented() {
    return (int) outcomes().entrySet().stream()
        .filter(e -> !localRules().contains(e.getKey()))
        .filter(e -> e.getValue() instanceof RuleOutcome.Skipped s && s.isNotImplemented())
        .count();
  }

  /**
   * The DfE's implemented rules that were skipped, by code, with why (an input they need was not
   * supplied: the previous year's return, a postcode directory, Ofsted lists; or they were not
   * selected, {@link RuleOutcome.Skipped#NOT_SELECTED}).
   *
   * @return the DfE's implemented rules that were skipped, by code, with why (an input they need
   *     was not supplied
   */
  default Map<String, String> rulesSkipped() {
    Map<String, String> skipped = new java.util.TreeMap<>(RuleCodes.ORDER);
    outcomes().forEach((code, o) -> {
      if (!localRules().contains(code) && o instanceof RuleOutcome.Skipped s && !s.isNotImplemented()) {
        skipped.put(code, s.reason());
      }
    });
    return skipped;
  }

  /**
   * The DfE stages that were run (1, 2 or both, in order), for returns whose rules the DfE splits into
   * stages (SSDA903); empty otherwise.
   *
   * @return the DfE stages that were run (1, 2 or both, in order), for returns whose rules the DfE
   *     splits into stages (SSDA903)
   */
  List<Integer> stagesRun();

  /**
   * Whether there is no error-severity finding and no rule errored.
   *
   * @return whether there is no error-severity finding and no rule errored
   */
  default boolean isValid() {
    return findings().stream().noneMatch(f -> f.severity() == Severity.ERROR)
        && outcomes().values().stream().noneMatch(o -> o instanceof RuleOutcome.Errored);
  }

  /**
   * The outcome of the rule, if the rule set has the code.
   *
   * @param ruleCode the rule code
   * @return the outcome of the rule, if the rule set has the code
   */
  default java.util.Optional<RuleOutcome> outcome(String ruleCode) {
    return java.util.Optional.ofNullable(outcomes().get(ruleCode));
  }

  /**
   * The number of error-severity findings.
   *
   * @return the number of error-severity findings
   */
  default long errorCount() {
    return findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
  }

  /**
   * The number of query-severity findings.
   *
   * @return the number of query-severity findings
   */
  default long queryCount() {
    return findings().stream().filter(f -> f.severity() == Severity.QUERY).count();
  }
}
