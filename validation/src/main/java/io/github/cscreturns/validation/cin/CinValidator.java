package io.github.cscreturns.validation.cin;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinHeader;
import io.github.cscreturns.core.cin.CinRecord;
import io.github.cscreturns.core.cin.CinReturn;
import io.github.cscreturns.core.cin.CinTable;
import io.github.cscreturns.validation.Finding;
import io.github.cscreturns.validation.RuleError;
import io.github.cscreturns.validation.RuleOutcome;
import io.github.cscreturns.validation.ValidationReport;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Runs a year's CIN rules over a return, one child at a time in file order, and reports in the common
 * {@link ValidationReport} shape: every rule of the year's catalogue has an outcome (passed, failed,
 * errored, or skipped as not implemented), each finding names the rule, its DfE message and severity,
 * the child, the DfE table of the flagged record ("CINdetails", "Section47" …), the record's 0-based
 * position among the elements of its kind in the file, and the source line and column. A whole-return
 * finding (2883, 2886Q …) names no table (the empty string) and no record. Immutable and thread-safe:
 * one validator serves any number of returns.
 *
 * <pre>{@code
 * ValidationReport report = CinValidator.forYear(CollectionYear.Y2024_25).validate(CinXml.read(file));
 * try (CinChildReader children = CinXml.reader(file)) {          // streaming: memory stays bounded
 *   report = CinValidator.forYear(year).validate(children.header(), children);
 * }
 * }</pre>
 *
 * <p>A rule that throws on a child is reported as {@link RuleOutcome.Errored} with the exception's
 * type and place (never its message), and the run goes on.
 *
 * @since 2022-23
 */
public final class CinValidator {
  private final CinRuleSet rules;
  private final BankHolidays bankHolidays;

  private CinValidator(CinRuleSet rules, BankHolidays bankHolidays) {
    this.rules = rules;
    this.bankHolidays = bankHolidays;
  }

  /**
   * A validator of the DfE's CIN rules of the year, with England's bundled bank holidays.
   *
   * @param year the collection year (2022-23 to 2025-26)
   * @return a validator of the year's DfE rules
   */
  public static CinValidator forYear(CollectionYear year) {
    return of(CinRuleSet.forYear(year));
  }

  /**
   * A validator of the given rules (a year's set, perhaps narrowed with {@link CinRuleSet#only}).
   *
   * @param rules the rules
   * @return a validator of the given rules
   */
  public static CinValidator of(CinRuleSet rules) {
    return new CinValidator(rules, BankHolidays.england());
  }

  /**
   * This validator counting working days with the given bank holidays (for years past the bundled
   * list, see {@link BankHolidays#withAdditional}).
   *
   * @param holidays the bank holidays
   * @return this validator with the given bank holidays
   */
  public CinValidator withBankHolidays(BankHolidays holidays) {
    return new CinValidator(rules, holidays);
  }

  /**
   * The rules this validator runs.
   *
   * @return the rules this validator runs
   */
  public CinRuleSet rules() {
    return rules;
  }

  /**
   * Validates a whole return held in memory.
   *
   * @param cin the return
   * @return the report
   */
  public ValidationReport validate(CinReturn cin) {
    return validate(cin.header(), cin.children().iterator());
  }

  /**
   * Validates a return read one child at a time (such as a {@code CinChildReader}); memory holds the
   * findings and what the cross-child rules keep (each child's identifiers), not the children.
   *
   * @param header the return's header, if it has one
   * @param children the children, in file order
   * @return the report
   */
  public ValidationReport validate(Optional<CinHeader> header, Iterator<CinChild> children) {
    CinRuleContext context = new CinRuleContext(rules.year(), header, bankHolidays);
    Run run = new Run();
    List<CinRule> childRules = rules.childRules();
    List<CinReturnRule> returnRules = rules.returnRules();
    List<CinReturnRule.Accumulator> accumulators = new ArrayList<>(returnRules.size());
    boolean[] accumulatorFailed = new boolean[returnRules.size()];
    for (int i = 0; i < returnRules.size(); i++) {
      CinReturnRule rule = returnRules.get(i);
      CinReturnRule.Accumulator a;
      try {
        a = rule.newAccumulator(context);
      } catch (RuntimeException e) {
        run.error(rule.code(), Optional.empty(), -1, e);
        accumulatorFailed[i] = true;
        a = NOTHING;
      }
      accumulators.add(a);
    }
    int ordinal = 0;
    while (children.hasNext()) {
      CinChild child = children.next();
      Optional<ChildId> id = child.identifiers().laChildId();
      for (CinRule rule : childRules) {
        CinFlags flags = new CinFlags(child);
        try {
          rule.check(child, context, flags);
        } catch (RuntimeException e) {
          run.error(rule.code(), id, ordinal, e);
        }
        run.record(rule.code(), flags);
      }
      for (int i = 0; i < accumulators.size(); i++) {
        if (accumulatorFailed[i]) {
          continue;
        }
        try {
          accumulators.get(i).accept(child);
        } catch (RuntimeException e) {
          run.error(returnRules.get(i).code(), id, ordinal, e);
          accumulatorFailed[i] = true;
        }
      }
      ordinal++;
    }
    for (int i = 0; i < accumulators.size(); i++) {
      if (accumulatorFailed[i]) {
        continue;
      }
      CinFlags flags = new CinFlags();
      try {
        accumulators.get(i).finish(flags);
      } catch (RuntimeException e) {
        run.error(returnRules.get(i).code(), Optional.empty(), -1, e);
        continue;
      }
      run.record(returnRules.get(i).code(), flags);
    }
    return run.report(ordinal);
  }

  private static final CinReturnRule.Accumulator NOTHING =
      new CinReturnRule.Accumulator() {
        @Override
        public void accept(CinChild child) {}

        @Override
        public void finish(CinFlags flags) {}
      };

  /** The findings, counts and errors of one run. */
  private final class Run {
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final Map<String, Integer> erroredChildren = new LinkedHashMap<>();
    private final Map<String, RuleError> firstErrors = new LinkedHashMap<>();
    private final List<RuleError> ruleErrors = new ArrayList<>();

    void error(String code, Optional<ChildId> child, int ordinal, RuntimeException e) {
      RuleError error = RuleError.of(code, child, ordinal, e);
      ruleErrors.add(error);
      firstErrors.putIfAbsent(code, error);
      erroredChildren.merge(code, 1, Integer::sum);
    }

    void record(String code, CinFlags flags) {
      if (flags.isEmpty()) {
        return;
      }
      CinRuleMetadata meta = rules.catalogue().rule(code).orElseThrow();
      for (CinFlags.Flagged f : flags.entries()) {
        findings.add(finding(meta, f.child(), f.record()));
      }
      if (flags.isReturnFlagged()) {
        findings.add(
            Finding.builder()
                .ruleCode(code)
                .severity(meta.severity())
                .message(meta.message())
                .table("")
                .fields(meta.fields().stream().map(CinValidator::itemName).distinct().toList())
                .build());
      }
      counts.merge(code, flags.entries().size() + (flags.isReturnFlagged() ? 1 : 0), Integer::sum);
    }

    ValidationReport report(int children) {
      Map<String, RuleOutcome> outcomes = new LinkedHashMap<>();
      for (CinRuleMetadata m : rules.catalogue().rules()) {
        String code = m.code();
        int n = counts.getOrDefault(code, 0);
        RuleOutcome outcome;
        if (rules.isNotSelected(code)) {
          outcome = new RuleOutcome.Skipped(RuleOutcome.Skipped.NOT_SELECTED);
        } else if (!rules.isImplemented(code)) {
          outcome = new RuleOutcome.Skipped(RuleOutcome.Skipped.NOT_IMPLEMENTED);
        } else if (firstErrors.containsKey(code)) {
          outcome = new RuleOutcome.Errored(erroredChildren.get(code), firstErrors.get(code).error(), n);
        } else if (n > 0) {
          outcome = new RuleOutcome.Failed(n);
        } else {
          outcome = new RuleOutcome.Passed();
        }
        outcomes.put(code, outcome);
      }
      return ValidationReport.builder()
          .findings(findings)
          .outcomes(outcomes)
          .checked(children)
          .ruleErrors(ruleErrors)
          .stagesRun(List.of())
          .build();
    }
  }

  private static Finding finding(CinRuleMetadata meta, @org.jspecify.annotations.Nullable CinChild child, CinRecord record) {
    CinTable table = record.table();
    OptionalInt index =
        record.source().map(s -> s.recordIndex()).orElse(OptionalInt.empty());
    return Finding.builder()
        .ruleCode(meta.code())
        .severity(meta.severity())
        .message(meta.message())
        .childId(child == null ? Optional.empty() : child.identifiers().laChildId())
        .table(table.dfeName())
        .recordIndex(index)
        .fields(meta.fieldsOf(table.dfeName()))
        .source(record.source())
        .build();
  }

  private static String itemName(String tableDotItem) {
    int dot = tableDotItem.indexOf('.');
    return dot < 0 ? tableDotItem : tableDotItem.substring(dot + 1);
  }
}
