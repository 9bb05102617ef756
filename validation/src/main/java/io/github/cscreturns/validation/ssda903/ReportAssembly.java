package io.github.cscreturns.validation.ssda903;

import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Ssda903Record;
import io.github.cscreturns.core.ssda903.Ssda903Table;
import io.github.cscreturns.validation.Finding;
import io.github.cscreturns.validation.RuleCodes;
import io.github.cscreturns.validation.RuleError;
import io.github.cscreturns.validation.RuleOutcome;
import io.github.cscreturns.validation.ValidationReport;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The state of one validation run, used by the calling thread only: it numbers the children as they
 * are read, feeds the whole-return rules, merges the batches' findings and errors in input order, and
 * assembles the report at the end.
 *
 * <p>Rule errors listed: the first {@link Validator#MAX_RULE_ERRORS} of the per-child rules (in input
 * order), and every error of a whole-return rule (at most one per rule: a rule that threw is not asked
 * again), whether on a child or at the end of the run, however many children errored before. All are
 * counted in the outcomes.
 */
final class ReportAssembly {
  private static final int BATCH = 256;

  private final RuleSelection selection;
  private final RuleSet ruleSet;
  private final Set<Stage> stages;
  private final List<List<Finding>> findingsByChild = new ArrayList<>();
  private final Map<String, int[]> errors = new HashMap<>();
  /** The first per-child rules' errors, in input order, at most MAX_RULE_ERRORS. */
  private final List<RuleError> perChildErrors = new ArrayList<>();
  /** Whole-return rules' errors: at most one per rule. */
  private final List<RuleError> wholeReturnErrors = new ArrayList<>();
  private final Map<String, RuleError> firstErrors = new HashMap<>();
  private final int[] totals = new int[Ssda903Table.values().length];
  private final ReturnRule.Accumulator[] accumulators;
  private final List<FindingFactory.ChildRef> refs = new ArrayList<>();
  /** Children whose findings whole-return rules added to: only their lists need sorting at the end. */
  private final BitSet unsorted = new BitSet();
  private int ordinal;

  ReportAssembly(RuleSelection selection, RuleSet ruleSet, Set<Stage> stages, RuleContext context) {
    this.selection = selection;
    this.ruleSet = ruleSet;
    this.stages = stages;
    List<RuleSelection.ActiveReturnRule> returnRules = selection.wholeReturn();
    accumulators = new ReturnRule.Accumulator[returnRules.size()];
    for (int i = 0; i < accumulators.length; i++) {
      try {
        accumulators[i] = returnRules.get(i).rule().newAccumulator(context);
      } catch (OutOfMemoryError e) {
        throw e; // the run, not the rule, is out of memory: the caller says so
      } catch (Throwable e) {
        returnRuleError(i, Optional.empty(), -1, e);
      }
    }
  }

  private void returnRuleError(int i, Optional<ChildId> child, int at, Throwable e) {
    String code = selection.wholeReturn().get(i).meta().code();
    errors.computeIfAbsent(code, k -> new int[1])[0]++;
    RuleError error = new RuleError(code, child, at, ChildChecks.describe(e));
    wholeReturnErrors.add(error);
    noteFirst(error);
    accumulators[i] = null; // an accumulator that threw is no longer trusted
  }

  /** The next batch of children, numbered in input order; the whole-return rules see each as it is read. */
  List<FindingFactory.Indexed> nextBatch(Iterator<Child> children) {
    List<FindingFactory.Indexed> batch = new ArrayList<>(BATCH);
    while (batch.size() < BATCH && children.hasNext()) {
      Child child = children.next();
      int[] offsets = totals.clone();
      for (Ssda903Table t : Ssda903Table.values()) {
        totals[t.ordinal()] += child.records(t).size();
      }
      if (accumulators.length > 0) {
        refs.add(new FindingFactory.ChildRef(child.childId(), child.headerRecorded() ? OptionalInt.of(offsets[0]) : OptionalInt.empty(), child.source()));
        for (int i = 0; i < accumulators.length; i++) {
          if (accumulators[i] != null) {
            try {
              accumulators[i].accept(child, ordinal);
            } catch (OutOfMemoryError e) {
              throw e; // the run, not the rule, is out of memory: the caller says so
            } catch (Throwable e) {
              returnRuleError(i, Optional.of(child.childId()), ordinal, e);
            }
          }
        }
      }
      batch.add(new FindingFactory.Indexed(child, ordinal++, offsets));
    }
    return batch;
  }

  /** Takes a batch's results; batches come in input order. */
  void merge(ChildChecks.BatchResult result) {
    findingsByChild.addAll(result.findings());
    result.errors().forEach((code, n) -> errors.computeIfAbsent(code, k -> new int[1])[0] += n[0]);
    // Per-child errors arrive in input order, so keeping the first ones is deterministic.
    for (RuleError e : result.ruleErrors()) {
      noteFirst(e);
      if (perChildErrors.size() < Validator.MAX_RULE_ERRORS) {
        perChildErrors.add(e);
      }
    }
  }

  private void noteFirst(RuleError e) {
    firstErrors.merge(e.ruleCode(), e, (a, b) -> order(b) < order(a) ? b : a);
  }

  private static int order(RuleError e) {
    return e.ordinal() < 0 ? Integer.MAX_VALUE : e.ordinal();
  }

  private void addFinding(int childOrdinal, Finding f) {
    List<Finding> list = findingsByChild.get(childOrdinal);
    if (!(list instanceof ArrayList)) {
      list = new ArrayList<>(list);
      findingsByChild.set(childOrdinal, list);
    }
    list.add(f);
    unsorted.set(childOrdinal);
  }

  /** Runs the whole-return rules' end of run and makes the report. */
  ValidationReport finish() {
    finishWholeReturnRules();
    List<Finding> all = new ArrayList<>();
    Map<String, Integer> counts = new HashMap<>();
    for (int c = 0; c < findingsByChild.size(); c++) {
      List<Finding> childFindings = findingsByChild.get(c);
      if (childFindings.size() > 1 && unsorted.get(c)) {
        childFindings.sort(Finding.ORDER);
      }
      for (Finding f : childFindings) {
        all.add(f);
        counts.merge(f.ruleCode(), 1, Integer::sum);
      }
    }
    return ValidationReport.builder()
        .findings(all)
        .outcomes(outcomes(counts))
        .checked(ordinal)
        .ruleErrors(listedErrors())
        .localRules(ruleSet.localRules().stream().map(RuleMetadata::code).collect(Collectors.toSet()))
        .stagesRun(stages.stream().map(Stage::number).toList())
        .build();
  }

  /** Whole-return rules flag records by the child's ordinal; they join that child's findings. */
  private void finishWholeReturnRules() {
    for (int i = 0; i < accumulators.length; i++) {
      if (accumulators[i] == null) {
        continue;
      }
      RuleMetadata meta = selection.wholeReturn().get(i).meta();
      boolean local = selection.wholeReturn().get(i).local();
      List<Finding> made = new ArrayList<>();
      List<Integer> at = new ArrayList<>();
      try {
        accumulators[i].finish(
            new ReturnRule.ReturnFlags() {
              @Override
              public void flagHeader(int childOrdinal) {
                made.add(FindingFactory.wholeReturn(meta, local, refs.get(childOrdinal), Optional.empty()));
                at.add(childOrdinal);
              }

              @Override
              public void flag(int childOrdinal, Ssda903Record record) {
                made.add(FindingFactory.wholeReturn(meta, local, refs.get(childOrdinal), Optional.of(record)));
                at.add(childOrdinal);
              }
            });
      } catch (OutOfMemoryError e) {
        throw e; // the run, not the rule, is out of memory: the caller says so
      } catch (Throwable e) {
        // Nothing of a rule that failed at the end is reported but the error.
        returnRuleError(i, Optional.empty(), -1, e);
        continue;
      }
      for (int k = 0; k < made.size(); k++) {
        addFinding(at.get(k), made.get(k));
      }
    }
  }

  /**
   * The errors listed: by input order, then rule code, the kept per-child rules' errors with the
   * whole-return rules' errors on a child among them; then the whole-return rules' end-of-run errors.
   */
  private List<RuleError> listedErrors() {
    List<RuleError> onChildren = new ArrayList<>(perChildErrors);
    List<RuleError> endOfRun = new ArrayList<>();
    for (RuleError e : wholeReturnErrors) {
      (e.ordinal() < 0 ? endOfRun : onChildren).add(e);
    }
    Comparator<RuleError> order = Comparator.comparingInt(ReportAssembly::order).thenComparing(RuleError::ruleCode, RuleCodes.ORDER);
    onChildren.sort(order);
    endOfRun.sort(order);
    onChildren.addAll(endOfRun);
    return onChildren;
  }

  private Map<String, RuleOutcome> outcomes(Map<String, Integer> counts) {
    Map<String, RuleOutcome> outcomes = new TreeMap<>(RuleCodes.ORDER);
    for (RuleMetadata meta : selection.all()) {
      String code = meta.code();
      int n = counts.getOrDefault(code, 0);
      Optional<String> skip = selection.skipReason(code);
      RuleOutcome outcome;
      if (skip.isPresent()) {
        outcome = new RuleOutcome.Skipped(skip.get());
      } else if (errors.containsKey(code)) {
        outcome = new RuleOutcome.Errored(errors.get(code)[0], firstErrors.get(code).error(), n);
      } else if (n > 0) {
        outcome = new RuleOutcome.Failed(n);
      } else {
        outcome = new RuleOutcome.Passed();
      }
      outcomes.put(code, outcome);
    }
    return new LinkedHashMap<>(outcomes);
  }
}
