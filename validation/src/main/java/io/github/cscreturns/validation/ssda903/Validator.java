package io.github.cscreturns.validation.ssda903;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.LaCode;
import io.github.cscreturns.core.SourceLocation;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Ssda903Record;
import io.github.cscreturns.core.ssda903.Ssda903Return;
import io.github.cscreturns.core.ssda903.Ssda903Table;
import io.github.cscreturns.validation.Finding;
import io.github.cscreturns.validation.ImmutableFinding;
import io.github.cscreturns.validation.RuleCodes;
import io.github.cscreturns.validation.RuleError;
import io.github.cscreturns.validation.RuleOutcome;
import io.github.cscreturns.validation.ValidationReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
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
 * run in parallel; whole-return rules see every child in order on the calling thread. The report is
 * the same whatever the parallelism. Memory holds the findings and, for whole-return rules, what they
 * accumulate (plus a small reference per child) — not the children.
 *
 * <p>Which rules can run is decided once, when the validator is built: a rule needing the previous
 * year's return or reference data that was not supplied is skipped with that reason, and a catalogued
 * rule without an implementation is skipped as not implemented. A rule that throws anything (any
 * {@link Throwable}) on a child is errored for that child ({@link ValidationReport#ruleErrors()},
 * recorded by type and frame, never the message) and the run goes on, in parallel mode too. Local
 * rules of the set ({@link RuleSet#localRules()}) run beside the DfE's, their findings marked local.
 */
public final class Validator {
  private static final int BATCH = 256;
  /** The skip reason of a rule left out by {@link Builder#onlyRules} or {@link Builder#excludingRules}. */
  public static final String NOT_SELECTED = RuleOutcome.Skipped.NOT_SELECTED;
  /** At most this many rule errors are listed in a report (all are counted in the outcomes). */
  static final int MAX_RULE_ERRORS = 1000;

  private final RuleSet ruleSet;
  private final RuleContext baseContext;
  private final Optional<Map<ChildId, Child>> previousYear;
  private final int parallelism;
  /** The per-child rules that run, in rule code order, with their metadata. */
  private final List<ActiveRule> activeRules;
  /** The whole-return rules that run, in rule code order, with their metadata. */
  private final List<ActiveReturnRule> activeReturnRules;
  /** Why each catalogued rule that does not run is skipped, by code. */
  private final Map<String, String> skipped;
  private final Set<Stage> stages;

  private Validator(Builder b) {
    this.ruleSet = b.ruleSet;
    this.previousYear = b.previousYear;
    this.parallelism = b.parallelism;
    RuleContext base = RuleContext.of(ruleSet.year(), b.la, b.referenceData, false, Optional.empty());
    this.baseContext = previousYear.isPresent() ? base.withPrevious(Optional.empty()) : base;
    List<ActiveRule> rules = new ArrayList<>();
    List<ActiveReturnRule> returnRules = new ArrayList<>();
    Map<String, String> skips = new HashMap<>();
    for (RuleMetadata meta : allRules(ruleSet)) {
      String code = meta.code();
      Optional<Rule> rule = ruleSet.rule(code);
      Optional<ReturnRule> returnRule = ruleSet.returnRule(code);
      Set<Requirement> requirements =
          rule.map(Rule::requirements).or(() -> returnRule.map(ReturnRule::requirements)).orElse(Set.of());
      Optional<String> unmet = firstUnmet(requirements, baseContext);
      boolean inStagesRun = b.stages.size() == Stage.values().length || meta.stage().map(b.stages::contains).orElse(false);
      if (rule.isEmpty() && returnRule.isEmpty()) {
        skips.put(code, ruleSet.whyNotImplemented(code).map(why -> "not implemented: " + why).orElse("not implemented"));
      } else if (!b.selected(code)) {
        skips.put(code, NOT_SELECTED);
      } else if (!inStagesRun) {
        skips.put(code, meta.stage().map(s -> "stage " + s.number() + " not run").orElse("stage not known; only stage " + stageList(b.stages) + " run"));
      } else if (unmet.isPresent()) {
        skips.put(code, unmet.get());
      } else if (rule.isPresent()) {
        rules.add(new ActiveRule(rule.get(), meta, templates(meta, ruleSet.isLocal(code))));
      } else {
        returnRules.add(new ActiveReturnRule(returnRule.get(), meta, ruleSet.isLocal(code)));
      }
    }
    rules.sort((x, y) -> RuleCodes.ORDER.compare(x.meta().code(), y.meta().code()));
    returnRules.sort((x, y) -> RuleCodes.ORDER.compare(x.meta().code(), y.meta().code()));
    this.activeRules = List.copyOf(rules);
    this.activeReturnRules = List.copyOf(returnRules);
    this.skipped = Map.copyOf(skips);
    this.stages = java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(b.stages));
  }

  private static String stageList(Set<Stage> stages) {
    return stages.stream().map(s -> String.valueOf(s.number())).collect(java.util.stream.Collectors.joining(" and "));
  }

  /**
   * The DfE stages this validator runs: both by default; with {@link Builder#stages} only those,
   * and a rule of another stage or of no known stage is skipped with that reason.
   */
  public Set<Stage> stages() {
    return stages;
  }

  /** The DfE's catalogued rules of the set's year, then its local rules. */
  private static List<RuleMetadata> allRules(RuleSet set) {
    List<RuleMetadata> all = new ArrayList<>(set.catalogue().rules());
    all.addAll(set.localRules());
    return all;
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

  /** The context every child is checked in (before its previous-year record is looked up). */
  public RuleContext context() {
    return baseContext;
  }

  /** Validates the children of a return held in memory, in its order. */
  public ValidationReport validate(Ssda903Return ssda903Return) {
    return validate(ssda903Return.children());
  }

  /** Validates the children, in the order given. */
  public ValidationReport validate(Iterable<Child> children) {
    return validate(children.iterator());
  }

  /**
   * Validates the children as they come from the iterator (a streaming reader, say). An exception
   * thrown by the iterator itself (unreadable input) ends the run and propagates.
   */
  public ValidationReport validate(Iterator<Child> children) {
    Run run = new Run();
    if (parallelism <= 1) {
      Flags flags = new Flags();
      while (children.hasNext()) {
        run.merge(checkBatch(run.nextBatch(children), flags));
      }
    } else {
      ExecutorService pool =
          Executors.newFixedThreadPool(
              parallelism,
              r -> {
                Thread t = new Thread(r, "csc-validator");
                t.setDaemon(true);
                return t;
              });
      ThreadLocal<Flags> flagsPerThread = ThreadLocal.withInitial(Flags::new);
      try {
        // Batches complete in any order but are merged in submission order: the report never
        // depends on scheduling. At most 2 × parallelism batches are in flight.
        List<Future<BatchResult>> inFlight = new ArrayList<>();
        while (children.hasNext()) {
          List<Indexed> batch = run.nextBatch(children);
          inFlight.add(pool.submit(() -> checkBatch(batch, flagsPerThread.get())));
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
      // Rules' throwables are caught per child; anything else is the validator's own failure, reported
      // by type and frame only (a message might quote a field value).
      throw new IllegalStateException("Validation failed: " + describe(e.getCause()));
    }
  }

  /**
   * A per-child rule that runs, with one finding per table made in advance carrying the rule's code,
   * severity, message, fields and the table: a finding is then that template with the child, record
   * index and source set, with no builder and no copy of the fields list per finding.
   */
  private record ActiveRule(Rule rule, RuleMetadata meta, ImmutableFinding[] templates) {}

  private static ImmutableFinding[] templates(RuleMetadata meta, boolean local) {
    Ssda903Table[] tables = Ssda903Table.values();
    ImmutableFinding[] out = new ImmutableFinding[tables.length];
    for (Ssda903Table t : tables) {
      out[t.ordinal()] =
          Finding.builder()
              .ruleCode(meta.code())
              .severity(meta.severity())
              .stage(stageNumber(meta))
              .message(meta.message())
              .table(t.dfeName())
              .fields(meta.fields())
              .isLocal(local)
              .build();
    }
    return out;
  }

  private record ActiveReturnRule(ReturnRule rule, RuleMetadata meta, boolean local) {}

  /**
   * A child with its position in the return and, per table (by ordinal of {@link Ssda903Table}), the
   * number of records of that table before this child's.
   */
  private record Indexed(Child child, int ordinal, int[] offsets) {}

  /** Findings (per child, in batch order) and rule errors of one batch. */
  private record BatchResult(List<List<Finding>> findings, Map<String, int[]> errors, List<RuleError> ruleErrors) {}

  private BatchResult checkBatch(List<Indexed> batch, Flags flags) {
    List<List<Finding>> findings = new ArrayList<>(batch.size());
    Map<String, int[]> errors = new HashMap<>();
    List<RuleError> ruleErrors = new ArrayList<>();
    for (Indexed indexed : batch) {
      Child child = indexed.child();
      RuleContext context =
          previousYear.isPresent()
              ? baseContext.withPrevious(Optional.ofNullable(previousYear.get().get(child.childId())))
              : baseContext;
      List<Finding> childFindings = null;
      for (ActiveRule active : activeRules) {
        flags.clear();
        try {
          active.rule().check(child, context, flags);
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
          childFindings.add(finding(active, indexed, flags.get(i)));
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

  private static Optional<String> firstUnmet(Set<Requirement> requirements, RuleContext context) {
    return requirements.stream()
        .filter(r -> !context.satisfies(r))
        .sorted()
        .findFirst()
        .map(Requirement::skipReason);
  }

  /** The exception type and the frame that threw, never a message (which might quote field values). */
  private static String describe(Throwable e) {
    StackTraceElement[] trace = e.getStackTrace();
    String where =
        trace.length > 0
            ? " at " + trace[0].getClassName() + "." + trace[0].getMethodName() + ":" + trace[0].getLineNumber()
            : "";
    return e.getClass().getName() + where;
  }

  private static Finding finding(ActiveRule active, Indexed indexed, Ssda903Record record) {
    return active.templates()[record.table().ordinal()]
        .withChildId(indexed.child().childId())
        .withRecordIndex(recordIndex(indexed, record))
        .withSource(record.source())
        .withLocator(Locators.of(record));
  }

  /**
   * The record's 0-based index within its table: as the reader recorded it, else counted in input
   * order (records of the children before, plus the record's position among this child's).
   */
  private static OptionalInt recordIndex(Indexed indexed, Ssda903Record record) {
    if (record.source().isPresent() && record.source().get().recordIndex().isPresent()) {
      return record.source().get().recordIndex();
    }
    Ssda903Table table = record.table();
    int offset = indexed.offsets()[table.ordinal()];
    if (table == Ssda903Table.HEADER) {
      return record == indexed.child() && indexed.child().headerRecorded() ? OptionalInt.of(offset) : OptionalInt.empty();
    }
    // Children have a handful of records per table; a scan by identity is cheaper than an index.
    List<? extends Ssda903Record> list = TableRecords.of(indexed.child(), table);
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == record) {
        return OptionalInt.of(offset + i);
      }
    }
    return OptionalInt.empty();
  }

  /** State of one validation run, used by the calling thread only. */
  private final class Run {
    private final List<List<Finding>> findingsByChild = new ArrayList<>();
    private final Map<String, int[]> errors = new HashMap<>();
    private final List<RuleError> ruleErrors = new ArrayList<>();
    /** Per-child errors kept from batches: bounded, with headroom for whole-return rules' per-child errors. */
    private int perChildErrors;
    private final Map<String, RuleError> firstErrors = new HashMap<>();
    private final int[] totals = new int[Ssda903Table.values().length];
    private final ReturnRule.Accumulator[] accumulators;
    private final List<ChildRef> refs = new ArrayList<>();
    /** Children whose findings whole-return rules added to: only their lists need sorting at the end. */
    private final java.util.BitSet unsorted = new java.util.BitSet();
    private int ordinal;

    Run() {
      accumulators = new ReturnRule.Accumulator[activeReturnRules.size()];
      for (int i = 0; i < accumulators.length; i++) {
        try {
          accumulators[i] = activeReturnRules.get(i).rule().newAccumulator(baseContext);
        } catch (Throwable e) {
          returnRuleError(i, Optional.empty(), -1, e);
        }
      }
    }

    private void returnRuleError(int i, Optional<ChildId> child, int at, Throwable e) {
      String code = activeReturnRules.get(i).meta().code();
      errors.computeIfAbsent(code, k -> new int[1])[0]++;
      RuleError error = new RuleError(code, child, at, describe(e));
      ruleErrors.add(error);
      noteFirst(error);
      accumulators[i] = null; // an accumulator that threw is no longer trusted
    }

    List<Indexed> nextBatch(Iterator<Child> children) {
      List<Indexed> batch = new ArrayList<>(BATCH);
      while (batch.size() < BATCH && children.hasNext()) {
        Child child = children.next();
        int[] offsets = totals.clone();
        for (Ssda903Table t : Ssda903Table.values()) {
          totals[t.ordinal()] += t == Ssda903Table.HEADER ? (child.headerRecorded() ? 1 : 0) : TableRecords.of(child, t).size();
        }
        if (accumulators.length > 0) {
          refs.add(new ChildRef(child.childId(), child.headerRecorded() ? OptionalInt.of(offsets[0]) : OptionalInt.empty(), child.source()));
          for (int i = 0; i < accumulators.length; i++) {
            if (accumulators[i] != null) {
              try {
                accumulators[i].accept(child, ordinal);
              } catch (Throwable e) {
                returnRuleError(i, Optional.of(child.childId()), ordinal, e);
              }
            }
          }
        }
        batch.add(new Indexed(child, ordinal++, offsets));
      }
      return batch;
    }

    void merge(BatchResult result) {
      findingsByChild.addAll(result.findings());
      result.errors().forEach((code, n) -> errors.computeIfAbsent(code, k -> new int[1])[0] += n[0]);
      // Per-child errors arrive in input order, so keeping the first ones is deterministic.
      for (RuleError e : result.ruleErrors()) {
        noteFirst(e);
        if (perChildErrors < MAX_RULE_ERRORS + activeReturnRules.size()) {
          ruleErrors.add(e);
          perChildErrors++;
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

    ValidationReport finish() {
      // Whole-return rules flag records by the child's ordinal; they join that child's findings.
      for (int i = 0; i < accumulators.length; i++) {
        if (accumulators[i] == null) {
          continue;
        }
        RuleMetadata meta = activeReturnRules.get(i).meta();
        boolean local = activeReturnRules.get(i).local();
        List<Finding> made = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        try {
          accumulators[i].finish(
              new ReturnRule.ReturnFlags() {
                @Override
                public void flagHeader(int childOrdinal) {
                  made.add(returnFinding(meta, local, refs.get(childOrdinal), Optional.empty()));
                  at.add(childOrdinal);
                }

                @Override
                public void flag(int childOrdinal, Ssda903Record record) {
                  made.add(returnFinding(meta, local, refs.get(childOrdinal), Optional.of(record)));
                  at.add(childOrdinal);
                }
              });
        } catch (Throwable e) {
          // Nothing of a rule that failed at the end is reported but the error.
          returnRuleError(i, Optional.empty(), -1, e);
          continue;
        }
        for (int k = 0; k < made.size(); k++) {
          addFinding(at.get(k), made.get(k));
        }
      }
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
      // Input order, then rule code: per-child errors arrive in that order. The first
      // MAX_RULE_ERRORS of them are listed; end-of-run errors (at most one per whole-return rule) are
      // always listed after them, however many children errored.
      List<RuleError> listed = new ArrayList<>();
      List<RuleError> endOfRun = new ArrayList<>();
      for (RuleError e : ruleErrors) {
        (e.ordinal() < 0 ? endOfRun : listed).add(e);
      }
      java.util.Comparator<RuleError> order =
          java.util.Comparator.comparingInt(Run::order).thenComparing(RuleError::ruleCode, RuleCodes.ORDER);
      listed.sort(order);
      if (listed.size() > MAX_RULE_ERRORS) {
        listed = new ArrayList<>(listed.subList(0, MAX_RULE_ERRORS));
      }
      endOfRun.sort(order);
      listed.addAll(endOfRun);
      Map<String, RuleOutcome> outcomes = new TreeMap<>(RuleCodes.ORDER);
      for (RuleMetadata meta : allRules(ruleSet)) {
        String code = meta.code();
        int n = counts.getOrDefault(code, 0);
        RuleOutcome outcome;
        if (skipped.containsKey(code)) {
          outcome = new RuleOutcome.Skipped(skipped.get(code));
        } else if (errors.containsKey(code)) {
          outcome = new RuleOutcome.Errored(errors.get(code)[0], firstErrors.get(code).error(), n);
        } else if (n > 0) {
          outcome = new RuleOutcome.Failed(n);
        } else {
          outcome = new RuleOutcome.Passed();
        }
        outcomes.put(code, outcome);
      }
      return ValidationReport.builder()
          .findings(all)
          .outcomes(new LinkedHashMap<>(outcomes))
          .checked(ordinal)
          .ruleErrors(listed)
          .localRules(ruleSet.localRules().stream().map(RuleMetadata::code).collect(java.util.stream.Collectors.toSet()))
          .stagesRun(stages.stream().map(Stage::number).toList())
          .build();
    }
  }

  /**
   * A finding of a whole-return rule, on the child's Header row (no record given) or on a record the
   * rule kept. The child is known by its identifier, Header position and Header source only, so a
   * non-Header record has an index only where its reader recorded one.
   */
  private static Finding returnFinding(RuleMetadata meta, boolean local, ChildRef child, Optional<Ssda903Record> record) {
    Ssda903Table table = record.map(Ssda903Record::table).orElse(Ssda903Table.HEADER);
    Optional<SourceLocation> source = record.isPresent() ? record.get().source() : child.headerSource();
    OptionalInt index =
        source
            .map(SourceLocation::recordIndex)
            .filter(OptionalInt::isPresent)
            .orElse(table == Ssda903Table.HEADER ? child.headerIndex() : OptionalInt.empty());
    return Finding.builder()
        .ruleCode(meta.code())
        .severity(meta.severity())
        .stage(stageNumber(meta))
        .message(meta.message())
        .childId(child.id())
        .table(table.dfeName())
        .recordIndex(index)
        .fields(meta.fields())
        .source(source)
        .locator(record.flatMap(Locators::of))
        .isLocal(local)
        .build();
  }

  private static OptionalInt stageNumber(RuleMetadata meta) {
    return meta.stage().map(s -> OptionalInt.of(s.number())).orElse(OptionalInt.empty());
  }

  /** What a run remembers of each child for whole-return findings. */
  private record ChildRef(ChildId id, OptionalInt headerIndex, Optional<SourceLocation> headerSource) {}

  /** Configures a {@link Validator}. */
  public static final class Builder {
    private final RuleSet ruleSet;
    private Optional<LaCode> la = Optional.empty();
    private ReferenceData referenceData = ReferenceData.none();
    private Optional<Map<ChildId, Child>> previousYear = Optional.empty();
    private int parallelism = 1;
    private Set<Stage> stages = java.util.EnumSet.allOf(Stage.class);
    private Optional<Set<String>> only = Optional.empty();
    private Set<String> excluded = Set.of();

    private Builder(RuleSet ruleSet) {
      this.ruleSet = ruleSet;
    }

    /**
     * Runs only the rules with these codes (DfE or local; case ignored), the others skipped as
     * {@link #NOT_SELECTED}; by default every rule runs.
     *
     * @throws IllegalArgumentException naming the codes the rule set does not have
     */
    public Builder onlyRules(java.util.Collection<String> codes) {
      this.only = Optional.of(resolve(codes));
      return this;
    }

    /**
     * Skips the rules with these codes (DfE or local; case ignored) as {@link #NOT_SELECTED}.
     *
     * @throws IllegalArgumentException naming the codes the rule set does not have
     */
    public Builder excludingRules(java.util.Collection<String> codes) {
      this.excluded = resolve(codes);
      return this;
    }

    /** The rule set's codes written as given (case aside); unknown codes fail, all named. */
    private Set<String> resolve(java.util.Collection<String> codes) {
      Map<String, String> known = new HashMap<>();
      for (RuleMetadata meta : allRules(ruleSet)) {
        known.put(meta.code().toUpperCase(java.util.Locale.ROOT), meta.code());
      }
      Set<String> resolved = new java.util.HashSet<>();
      List<String> unknown = new ArrayList<>();
      for (String code : codes) {
        String canonical = known.get(code.strip().toUpperCase(java.util.Locale.ROOT));
        if (canonical == null) {
          unknown.add(code.strip());
        } else {
          resolved.add(canonical);
        }
      }
      if (!unknown.isEmpty()) {
        throw new IllegalArgumentException("no rule " + String.join(", ", unknown) + " in the " + ruleSet.year().label() + " rule set");
      }
      return Set.copyOf(resolved);
    }

    boolean selected(String code) {
      return only.map(s -> s.contains(code)).orElse(true) && !excluded.contains(code);
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
     * The previous year's return; its children are indexed by identifier once (the first of a
     * repeated identifier wins), so each child's look-up is a hash probe, never a scan.
     */
    public Builder previousYear(Iterable<Child> children) {
      return previousYear(children.iterator());
    }

    /**
     * The previous year's return as it is read (a streaming reader's children, say), indexed as for
     * {@link #previousYear(Iterable)}; only the index is kept.
     */
    public Builder previousYear(Iterator<Child> children) {
      Map<ChildId, Child> index = new HashMap<>();
      while (children.hasNext()) {
        Child c = children.next();
        index.putIfAbsent(c.childId(), c);
      }
      this.previousYear = Optional.of(Map.copyOf(index));
      return this;
    }

    /**
     * Runs only the rules of the given DfE stages (both by default, as the DfE's portal reports both).
     * Running stage 1 alone skips stage 2 rules and rules whose stage is not known.
     */
    public Builder stages(Set<Stage> run) {
      if (run.isEmpty()) {
        throw new IllegalArgumentException("at least one stage must run");
      }
      this.stages = java.util.EnumSet.copyOf(run);
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
