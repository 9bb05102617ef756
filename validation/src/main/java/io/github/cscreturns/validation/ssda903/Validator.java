package io.github.cscreturns.validation.ssda903;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.LaCode;
import io.github.cscreturns.core.SourceLocation;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Ssda903Record;
import io.github.cscreturns.core.ssda903.Ssda903Table;
import io.github.cscreturns.validation.Finding;
import io.github.cscreturns.validation.RuleCodes;
import io.github.cscreturns.validation.RuleOutcome;
import io.github.cscreturns.validation.ValidationReport;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Validates SSDA903 returns against a {@link RuleSet}. Immutable, thread-safe and reusable: build one
 * per year (and previous-year return) and validate as many returns as you like.
 *
 * <p>Children are streamed: each is checked on its own by every per-child rule, in batches that may
 * run in parallel; whole-return rules see every child in order. The report is the same whatever the
 * parallelism. Memory holds the findings and, for whole-return rules, what they accumulate — not the
 * children.
 */
public final class Validator {
  private static final int BATCH = 256;

  private final RuleSet ruleSet;
  private final Optional<LaCode> la;
  private final ReferenceData referenceData;
  private final Optional<Map<ChildId, Child>> previousYear;
  private final int parallelism;

  private Validator(Builder b) {
    this.ruleSet = b.ruleSet;
    this.la = b.la;
    this.referenceData = b.referenceData;
    this.previousYear = b.previousYear;
    this.parallelism = b.parallelism;
  }

  /** A validator with the DfE's rule set for the year, no previous year and no reference data. */
  public static Validator forYear(CollectionYear year) {
    return builder(RuleSet.forYear(year)).build();
  }

  public static Builder builder(RuleSet ruleSet) {
    return new Builder(ruleSet);
  }

  public RuleSet ruleSet() {
    return ruleSet;
  }

  /** Validates the children, in the order given. */
  public ValidationReport validate(Iterable<Child> children) {
    return validate(children.iterator());
  }

  /** Validates the children as they come from the iterator (a streaming reader, say). */
  public ValidationReport validate(Iterator<Child> children) {
    Run run = new Run();
    if (parallelism <= 1) {
      while (children.hasNext()) {
        List<Indexed> batch = run.nextBatch(children);
        run.merge(checkBatch(batch));
      }
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(parallelism, r -> {
        Thread t = new Thread(r, "csc-validator");
        t.setDaemon(true);
        return t;
      });
      try {
        List<Future<BatchResult>> inFlight = new ArrayList<>();
        while (children.hasNext()) {
          List<Indexed> batch = run.nextBatch(children);
          inFlight.add(pool.submit(() -> checkBatch(batch)));
          if (inFlight.size() >= parallelism * 2) {
            run.merge(await(inFlight.remove(0)));
          }
        }
        for (Future<BatchResult> f : inFlight) {
          run.merge(await(f));
        }
      } finally {
        pool.shutdownNow();
      }
    }
    return run.finish();
  }

  private static BatchResult await(Future<BatchResult> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Validation interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("Validation failed", e.getCause());
    }
  }

  /** A child with its position in the return and the starting record index of each of its tables. */
  private record Indexed(Child child, int ordinal, Map<Ssda903Table, Integer> offsets) {}

  /** Findings and per-rule errors of one batch of children. */
  private record BatchResult(List<List<Finding>> findings, Map<String, int[]> errors, Map<String, String> firstErrors) {}

  private BatchResult checkBatch(List<Indexed> batch) {
    List<List<Finding>> findings = new ArrayList<>(batch.size());
    Map<String, int[]> errors = new HashMap<>();
    Map<String, String> firstErrors = new HashMap<>();
    RuleContext base = baseContext();
    for (Indexed indexed : batch) {
      Child child = indexed.child();
      RuleContext context = previousYear.isPresent()
          ? base.withPrevious(Optional.ofNullable(previousYear.get().get(child.childId())))
          : base;
      List<Finding> childFindings = new ArrayList<>();
      for (Rule rule : ruleSet.rules()) {
        if (!applicable(rule.requirements(), context)) {
          continue;
        }
        Flags flags = new Flags();
        try {
          rule.check(child, context, flags);
        } catch (RuntimeException e) {
          errors.computeIfAbsent(rule.code(), k -> new int[1])[0]++;
          firstErrors.putIfAbsent(rule.code(), describe(e));
          continue;
        }
        RuleMetadata meta = ruleSet.catalogue().rule(rule.code()).orElseThrow();
        for (Ssda903Record record : flags.flagged()) {
          childFindings.add(finding(meta, indexed, record));
        }
      }
      findings.add(childFindings);
    }
    return new BatchResult(findings, errors, firstErrors);
  }

  private static boolean applicable(java.util.Set<Requirement> requirements, RuleContext context) {
    for (Requirement r : requirements) {
      if (!context.satisfies(r)) {
        return false;
      }
    }
    return true;
  }

  private RuleContext baseContext() {
    RuleContext c = RuleContext.of(ruleSet.year(), la, referenceData, false, Optional.empty());
    return previousYear.isPresent() ? c.withPrevious(Optional.empty()) : c;
  }

  /** The exception type and the rule-side frame, never a message (which might quote field values). */
  private static String describe(RuntimeException e) {
    StackTraceElement[] trace = e.getStackTrace();
    String where = trace.length > 0 ? " at " + trace[0].getClassName() + "." + trace[0].getMethodName() + ":" + trace[0].getLineNumber() : "";
    return e.getClass().getName() + where;
  }

  private static Finding finding(RuleMetadata meta, Indexed indexed, Ssda903Record record) {
    return Finding.builder()
        .ruleCode(meta.code())
        .severity(meta.severity())
        .message(meta.message())
        .childId(indexed.child().childId())
        .table(record.table().dfeName())
        .recordIndex(recordIndex(indexed, record))
        .fields(meta.fields())
        .source(record.source())
        .build();
  }

  /** The record's index within its table: as the reader recorded it, else counted in input order. */
  private static OptionalInt recordIndex(Indexed indexed, Ssda903Record record) {
    if (record.source().isPresent() && record.source().get().recordIndex().isPresent()) {
      return record.source().get().recordIndex();
    }
    Ssda903Table table = record.table();
    if (table == Ssda903Table.HEADER) {
      return OptionalInt.of(indexed.offsets().getOrDefault(table, indexed.ordinal()));
    }
    List<? extends Ssda903Record> list = TableRecords.of(indexed.child(), table);
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == record) {
        return OptionalInt.of(indexed.offsets().getOrDefault(table, 0) + i);
      }
    }
    return OptionalInt.empty();
  }

  /** State of one validation run, used by the calling thread only. */
  private final class Run {
    private final List<List<Finding>> findingsByChild = new ArrayList<>();
    private final Map<String, int[]> errors = new HashMap<>();
    private final Map<String, String> firstErrors = new HashMap<>();
    private final EnumMap<Ssda903Table, Integer> totals = new EnumMap<>(Ssda903Table.class);
    private final List<ReturnRule.Accumulator> accumulators = new ArrayList<>();
    private final List<ReturnRule> activeReturnRules = new ArrayList<>();
    private final List<ChildRef> refs = new ArrayList<>();
    private int ordinal;

    Run() {
      RuleContext context = baseContext();
      for (ReturnRule r : ruleSet.returnRules()) {
        activeReturnRules.add(r);
        accumulators.add(r.newAccumulator(context));
      }
    }

    List<Indexed> nextBatch(Iterator<Child> children) {
      List<Indexed> batch = new ArrayList<>(BATCH);
      while (children.hasNext() && batch.size() < BATCH) {
        Child child = children.next();
        Map<Ssda903Table, Integer> offsets = new EnumMap<>(Ssda903Table.class);
        for (Ssda903Table t : Ssda903Table.values()) {
          int size = t == Ssda903Table.HEADER ? (child.headerRecorded() ? 1 : 0) : TableRecords.of(child, t).size();
          int before = totals.getOrDefault(t, 0);
          offsets.put(t, before);
          totals.put(t, before + size);
        }
        if (!accumulators.isEmpty()) {
          refs.add(new ChildRef(child.childId(), offsets.get(Ssda903Table.HEADER), child.source()));
          for (ReturnRule.Accumulator a : accumulators) {
            a.accept(child, ordinal);
          }
        }
        batch.add(new Indexed(child, ordinal++, offsets));
      }
      return batch;
    }

    void merge(BatchResult result) {
      findingsByChild.addAll(result.findings());
      result.errors().forEach((code, n) -> errors.computeIfAbsent(code, k -> new int[1])[0] += n[0]);
      result.firstErrors().forEach(firstErrors::putIfAbsent);
    }

    ValidationReport finish() {
      // Whole-return rules flag records by the child's ordinal; they join that child's findings.
      for (int i = 0; i < accumulators.size(); i++) {
        ReturnRule rule = activeReturnRules.get(i);
        RuleMetadata meta = ruleSet.catalogue().rule(rule.code()).orElseThrow();
        try {
          accumulators.get(i).finish(new ReturnRule.ReturnFlags() {
            @Override
            public void flagHeader(int childOrdinal) {
              findingsByChild.get(childOrdinal).add(returnFinding(meta, refs.get(childOrdinal), Optional.empty()));
            }

            @Override
            public void flag(int childOrdinal, Ssda903Record record) {
              findingsByChild.get(childOrdinal).add(returnFinding(meta, refs.get(childOrdinal), Optional.of(record)));
            }
          });
        } catch (RuntimeException e) {
          errors.computeIfAbsent(rule.code(), k -> new int[1])[0]++;
          firstErrors.putIfAbsent(rule.code(), describe(e));
        }
      }
      List<Finding> all = new ArrayList<>();
      Map<String, Integer> counts = new HashMap<>();
      for (List<Finding> childFindings : findingsByChild) {
        childFindings.sort(Finding.ORDER);
        for (Finding f : childFindings) {
          all.add(f);
          counts.merge(f.ruleCode(), 1, Integer::sum);
        }
      }
      Map<String, RuleOutcome> outcomes = new TreeMap<>(RuleCodes.ORDER);
      RuleContext context = baseContext();
      for (RuleMetadata meta : ruleSet.catalogue().rules()) {
        String code = meta.code();
        int n = counts.getOrDefault(code, 0);
        Optional<Rule> rule = ruleSet.rule(code);
        Optional<ReturnRule> returnRule = ruleSet.returnRule(code);
        RuleOutcome outcome;
        if (rule.isEmpty() && returnRule.isEmpty()) {
          outcome = new RuleOutcome.Skipped("not implemented");
        } else if (rule.isPresent() && !applicable(rule.get().requirements(), context)) {
          outcome = new RuleOutcome.Skipped(firstUnmet(rule.get().requirements(), context));
        } else if (errors.containsKey(code)) {
          outcome = new RuleOutcome.Errored(errors.get(code)[0], firstErrors.get(code), n);
        } else if (n > 0) {
          outcome = new RuleOutcome.Failed(n);
        } else {
          outcome = new RuleOutcome.Passed();
        }
        outcomes.put(code, outcome);
      }
      return ValidationReport.builder().findings(all).outcomes(outcomes).checked(ordinal).build();
    }
  }

  private static String firstUnmet(java.util.Set<Requirement> requirements, RuleContext context) {
    return requirements.stream()
        .filter(r -> !context.satisfies(r))
        .sorted()
        .findFirst()
        .map(Requirement::skipReason)
        .orElse("not applicable");
  }

  /**
   * A finding of a whole-return rule, on the child's Header row (no record given) or on a record the
   * rule kept. The child is known by its identifier, Header position and Header source only.
   */
  private static Finding returnFinding(RuleMetadata meta, ChildRef child, Optional<Ssda903Record> record) {
    Ssda903Table table = record.map(Ssda903Record::table).orElse(Ssda903Table.HEADER);
    Optional<SourceLocation> source = record.isPresent() ? record.get().source() : child.headerSource();
    OptionalInt index = source.map(SourceLocation::recordIndex).filter(OptionalInt::isPresent)
        .orElse(table == Ssda903Table.HEADER ? OptionalInt.of(child.headerIndex()) : OptionalInt.empty());
    return Finding.builder()
        .ruleCode(meta.code())
        .severity(meta.severity())
        .message(meta.message())
        .childId(child.id())
        .table(table.dfeName())
        .recordIndex(index)
        .fields(meta.fields())
        .source(source)
        .build();
  }

  /** What a run remembers of each child for whole-return findings. */
  private record ChildRef(ChildId id, int headerIndex, Optional<SourceLocation> headerSource) {}

  /** Configures a {@link Validator}. */
  public static final class Builder {
    private final RuleSet ruleSet;
    private Optional<LaCode> la = Optional.empty();
    private ReferenceData referenceData = ReferenceData.none();
    private Optional<Map<ChildId, Child>> previousYear = Optional.empty();
    private int parallelism = 1;

    private Builder(RuleSet ruleSet) {
      this.ruleSet = ruleSet;
    }

    /** The returning local authority. */
    public Builder la(LaCode code) {
      this.la = Optional.of(code);
      return this;
    }

    public Builder referenceData(ReferenceData data) {
      this.referenceData = data;
      return this;
    }

    /**
     * The previous year's return; its children are indexed by identifier (the first of a repeated
     * identifier wins), so rules look up one child at a time.
     */
    public Builder previousYear(Iterable<Child> children) {
      Map<ChildId, Child> index = new HashMap<>();
      for (Child c : children) {
        index.putIfAbsent(c.childId(), c);
      }
      this.previousYear = Optional.of(Map.copyOf(index));
      return this;
    }

    /** How many threads check children; 1 (the default) checks on the calling thread. */
    public Builder parallelism(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("parallelism must be at least 1");
      }
      this.parallelism = threads;
      return this;
    }

    public Validator build() {
      return new Validator(this);
    }
  }
}
