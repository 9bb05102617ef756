package io.github.cscreturns.validation.ssda903;

import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.Finding;
import io.github.cscreturns.validation.RuleError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the per-child rules on a batch of children: every rule on each child, in rule code order, in
 * the child's context (its previous-year record looked up by identifier). A rule that throws anything
 * is that rule's error for that child, recorded by type and frame, and the child's other rules still run.
 */
final class ChildChecks {
  /** Findings (per child, in batch order) and rule errors (in input order) of one batch. */
  record BatchResult(List<List<Finding>> findings, Map<String, int[]> errors, List<RuleError> ruleErrors) {}

  private final List<RuleSelection.ActiveRule> rules;
  private final RuleContext baseContext;
  private final Optional<Map<ChildId, Child>> previousYear;

  ChildChecks(List<RuleSelection.ActiveRule> rules, RuleContext baseContext, Optional<Map<ChildId, Child>> previousYear) {
    this.rules = rules;
    this.baseContext = baseContext;
    this.previousYear = previousYear;
  }

  BatchResult check(List<FindingFactory.Indexed> batch, Flags flags) {
    List<List<Finding>> findings = new ArrayList<>(batch.size());
    Map<String, int[]> errors = new HashMap<>();
    List<RuleError> ruleErrors = new ArrayList<>();
    for (FindingFactory.Indexed indexed : batch) {
      Child child = indexed.child();
      RuleContext context =
          previousYear.isPresent()
              ? baseContext.withPrevious(Optional.ofNullable(previousYear.get().get(child.childId())))
              : baseContext;
      List<Finding> childFindings = null;
      for (RuleSelection.ActiveRule active : rules) {
        flags.clear();
        try {
          active.rule().check(child, context, flags);
        } catch (OutOfMemoryError e) {
          throw e; // the run, not the rule, is out of memory: the caller says so
        } catch (Throwable e) {
          errors.computeIfAbsent(active.meta().code(), k -> new int[1])[0]++;
          ruleErrors.add(new RuleError(active.meta().code(), Optional.of(child.childId()), indexed.ordinal(), describe(e)));
          continue;
        }
        int first = childFindings == null ? 0 : childFindings.size();
        for (int i = 0; i < flags.size(); i++) {
          if (childFindings == null) {
            childFindings = new ArrayList<>(4);
          }
          childFindings.add(FindingFactory.perChild(active.templates(), indexed, flags.get(i)));
        }
        // Rules run in code order, so a child's findings are in Finding.ORDER once each rule's own
        // are: sorting them here (stable, as sorting the whole list would be) spares the sort at the end.
        if (flags.size() > 1) {
          childFindings.subList(first, childFindings.size()).sort(Finding.ORDER);
        }
      }
      findings.add(childFindings == null ? List.of() : childFindings);
    }
    flags.clear();
    return new BatchResult(findings, errors, ruleErrors);
  }

  /** The exception type and the frame that threw, never a message (which might quote field values). */
  static String describe(Throwable e) {
    return RuleError.describe(e);
  }
}
