package io.github.cscreturns.validation.ssda903;

import io.github.cscreturns.validation.RuleCodes;
import io.github.cscreturns.validation.RuleOutcome;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which rules of a set run in a validator, decided once when it is built: a catalogued rule without
 * an implementation is skipped as not implemented, a rule of a stage not run is skipped with that
 * reason, a rule left out by the caller's selection is skipped as not selected, and a rule needing the previous year's return or reference data that was not supplied is
 * skipped with the requirement it lacks. The rules that run are in rule code order.
 */
final class RuleSelection {
  /** A per-child rule that runs, with its metadata and the findings it makes, one per table. */
  record ActiveRule(Rule rule, RuleMetadata meta, FindingFactory.Templates templates) {}

  /** A whole-return rule that runs, with its metadata. */
  record ActiveReturnRule(ReturnRule rule, RuleMetadata meta, boolean local) {}

  private final List<RuleMetadata> all;
  private final List<ActiveRule> perChild;
  private final List<ActiveReturnRule> wholeReturn;
  private final Map<String, String> skipped;

  RuleSelection(RuleSet ruleSet, RuleContext context, Set<Stage> stages, java.util.function.Predicate<String> selected) {
    List<RuleMetadata> metas = new ArrayList<>(ruleSet.catalogue().rules());
    metas.addAll(ruleSet.localRules());
    this.all = List.copyOf(metas);
    List<ActiveRule> rules = new ArrayList<>();
    List<ActiveReturnRule> returnRules = new ArrayList<>();
    Map<String, String> skips = new HashMap<>();
    boolean allStages = stages.size() == Stage.values().length;
    for (RuleMetadata meta : all) {
      String code = meta.code();
      Optional<Rule> rule = ruleSet.rule(code);
      Optional<ReturnRule> returnRule = ruleSet.returnRule(code);
      Set<Requirement> requirements =
          rule.map(Rule::requirements).or(() -> returnRule.map(ReturnRule::requirements)).orElse(Set.of());
      Optional<String> unmet = firstUnmet(requirements, context);
      boolean inStagesRun = allStages || meta.stage().map(stages::contains).orElse(false);
      if (rule.isEmpty() && returnRule.isEmpty()) {
        skips.put(code, ruleSet.whyNotImplemented(code).map(why -> "not implemented: " + why).orElse("not implemented"));
      } else if (!selected.test(code)) {
        skips.put(code, RuleOutcome.Skipped.NOT_SELECTED);
      } else if (!inStagesRun) {
        skips.put(code, meta.stage().map(s -> "stage " + s.number() + " not run").orElse("stage not known; only stage " + stageList(stages) + " run"));
      } else if (unmet.isPresent()) {
        skips.put(code, unmet.get());
      } else if (rule.isPresent()) {
        rules.add(new ActiveRule(rule.get(), meta, FindingFactory.templates(meta, ruleSet.isLocal(code))));
      } else {
        returnRules.add(new ActiveReturnRule(returnRule.get(), meta, ruleSet.isLocal(code)));
      }
    }
    rules.sort((x, y) -> RuleCodes.ORDER.compare(x.meta().code(), y.meta().code()));
    returnRules.sort((x, y) -> RuleCodes.ORDER.compare(x.meta().code(), y.meta().code()));
    this.perChild = List.copyOf(rules);
    this.wholeReturn = List.copyOf(returnRules);
    this.skipped = Map.copyOf(skips);
  }

  /** The DfE's catalogued rules of the set's year, then its local rules. */
  List<RuleMetadata> all() {
    return all;
  }

  /** The per-child rules that run, in rule code order. */
  List<ActiveRule> perChild() {
    return perChild;
  }

  /** The whole-return rules that run, in rule code order. */
  List<ActiveReturnRule> wholeReturn() {
    return wholeReturn;
  }

  /** Why the rule does not run; empty if it runs. */
  Optional<String> skipReason(String code) {
    return Optional.ofNullable(skipped.get(code));
  }

  private static String stageList(Set<Stage> stages) {
    return stages.stream().map(s -> String.valueOf(s.number())).collect(Collectors.joining(" and "));
  }

  private static Optional<String> firstUnmet(Set<Requirement> requirements, RuleContext context) {
    return requirements.stream()
        .filter(r -> !context.satisfies(r))
        .sorted()
        .findFirst()
        .map(Requirement::skipReason);
  }
}
