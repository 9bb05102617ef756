package io.github.cscreturns.validation.ssda903;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.LaCode;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Ssda903Return;
import io.github.cscreturns.validation.RuleOutcome;
import io.github.cscreturns.validation.ValidationReport;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
  /**
   * At most this many errors of per-child rules are listed in a report (the first, in input order);
   * whole-return rules' errors, at most one per rule, are always listed besides. All are counted in
   * the outcomes.
   */
  static final int MAX_RULE_ERRORS = 1000;

  /** The skip reason of a rule left out by {@link Builder#onlyRules} or {@link Builder#excludingRules}. */
  public static final String NOT_SELECTED = RuleOutcome.Skipped.NOT_SELECTED;

  private final RuleSet ruleSet;
  private final RuleContext baseContext;
  /** The context of whole-return rules: with the whole previous year's return where given. */
  private final RuleContext wholeReturnContext;
  private final int parallelism;
  private final RuleSelection selection;
  private final ChildChecks checks;
  private final Set<Stage> stages;

  private Validator(Builder b) {
    this.ruleSet = b.ruleSet;
    this.parallelism = b.parallelism;
    RuleContext base = RuleContext.of(ruleSet.year(), b.la, b.referenceData, false, Optional.empty());
    this.baseContext = b.previousYear.isPresent() ? base.withPrevious(Optional.empty()) : base;
    this.wholeReturnContext = b.previousYear.map(p -> baseContext.withPreviousReturn(p.values())).orElse(baseContext);
    this.selection = new RuleSelection(ruleSet, baseContext, b.stages, b::selected);
    this.checks = new ChildChecks(selection.perChild(), baseContext, b.previousYear);
    this.stages = Collections.unmodifiableSet(EnumSet.copyOf(b.stages));
  }

  /**
   * The DfE stages this validator runs: both by default; with {@link Builder#stages} only those,
   * and a rule of another stage or of no known stage is skipped with that reason.
   *
   * @return the DfE stages this validator runs
   */
  public Set<Stage> stages() {
    return stages;
  }

  /**
   * How many rules this validator runs on each return (per-child and whole-return rules, DfE and
   * local): the set's rules less those skipped when it was built.
   *
   * @return the number of rules run
   */
  public int rulesRun() {
    return selection.perChild().size() + selection.wholeReturn().size();
  }

  /**
   * A validator with the DfE's rule set for the year, no previous year and no reference data.
   *
   * @param year the collection year
   * @return a validator with the DfE's rule set for the year, no previous year and no reference
   *     data
   */
  public static Validator forYear(CollectionYear year) {
    return builder(RuleSet.forYear(year)).build();
  }

  /**
   * A builder of a validator running this rule set.
   *
   * @param ruleSet the year's rule set
   * @return the builder
   */
  public static Builder builder(RuleSet ruleSet) {
    return new Builder(ruleSet);
  }

  /**
  * The rule set this validator runs.
  *
  * @return the rule set
  */
  public RuleSet ruleSet() {
    return ruleSet;
  }

  /**
   * The context every child is checked in (before its previous-year record is looked up).
   *
   * @return the context every child is checked in (before its previous-year record is looked up)
   */
  public RuleContext context() {
    return baseContext;
  }

  /**
   * Validates the children of a return held in memory, in its order.
   *
   * @param ssda903Return the ssda903 return
   * @return the report
   */
  public ValidationReport validate(Ssda903Return ssda903Return) {
    return validate(ssda903Return.children());
  }

  /**
   * Validates the children, in the order given.
   *
   * @param children the children
   * @return the report
   */
  public ValidationReport validate(Iterable<Child> children) {
    return validate(children.iterator());
  }

  /**
   * Validates the children as they come from the iterator (a streaming reader, say). An exception
   * thrown by the iterator itself (unreadable input) ends the run and propagates.
   *
   * @param children the children
   * @return the report
   */
  public ValidationReport validate(Iterator<Child> children) {
    ReportAssembly run = new ReportAssembly(selection, ruleSet, stages, wholeReturnContext);
    Batches.run(run, checks, children, parallelism);
    return run.finish();
  }

  /** Configures a {@link Validator}. */
  public static final class Builder {
    private final RuleSet ruleSet;
    private Optional<LaCode> la = Optional.empty();
    private ReferenceData referenceData = ReferenceData.none();
    private Optional<Map<ChildId, Child>> previousYear = Optional.empty();
    private int parallelism = 1;
    private Set<Stage> stages = EnumSet.allOf(Stage.class);
    private Optional<Set<String>> only = Optional.empty();
    private Set<String> excluded = Set.of();

    private Builder(RuleSet ruleSet) {
      this.ruleSet = ruleSet;
    }

    /**
     * Runs only the rules with these codes (DfE or local; case ignored), the others skipped as
     * {@link #NOT_SELECTED}; by default every rule runs.
     *
     * @param codes the codes of the rules to run
     * @return this builder
     * @throws IllegalArgumentException naming the codes the rule set does not have
     */
    public Builder onlyRules(java.util.Collection<String> codes) {
      this.only = Optional.of(resolve(codes));
      return this;
    }

    /**
     * Skips the rules with these codes (DfE or local; case ignored) as {@link #NOT_SELECTED}.
     *
     * @param codes the codes of the rules to leave out
     * @return this builder
     * @throws IllegalArgumentException naming the codes the rule set does not have
     */
    public Builder excludingRules(java.util.Collection<String> codes) {
      this.excluded = resolve(codes);
      return this;
    }

    /** The rule set's codes written as given (case aside); unknown codes fail, all named. */
    private Set<String> resolve(java.util.Collection<String> codes) {
      Map<String, String> known = new java.util.HashMap<>();
      for (RuleMetadata meta : ruleSet.catalogue().rules()) {
        known.put(meta.code().toUpperCase(java.util.Locale.ROOT), meta.code());
      }
      for (RuleMetadata meta : ruleSet.localRules()) {
        known.put(meta.code().toUpperCase(java.util.Locale.ROOT), meta.code());
      }
      Set<String> resolved = new java.util.HashSet<>();
      java.util.List<String> unknown = new java.util.ArrayList<>();
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

    /**
     * The returning local authority.
     *
     * @param code the code
     * @return the returning local authority
     */
    public Builder la(LaCode code) {
      this.la = Optional.of(code);
      return this;
    }

    /**
     * The reference data the rules that look outside the return need (postcode directory, Ofsted
     * lists); without it those rules are skipped with that reason.
     *
     * @param data the reference data
     * @return this builder
     */
    public Builder referenceData(ReferenceData data) {
      this.referenceData = data;
      return this;
    }

    /**
     * The previous year's return; its children are indexed by identifier once (the first of a
     * repeated identifier wins), so each child's look-up is a hash probe, never a scan.
     *
     * @param children the children
     * @return the previous year's return
     */
    public Builder previousYear(Iterable<Child> children) {
      return previousYear(children.iterator());
    }

    /**
     * The previous year's return as it is read (a streaming reader's children, say), indexed as for
     * {@link #previousYear(Iterable)}; only the index is kept.
     *
     * @param children the children
     * @return the previous year's return as it is read (a streaming reader's children, say),
     *     indexed as for {@link #previousYear(Iterable)}
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
     *
     * @param run the stages to run
     * @return this builder
     */
    public Builder stages(Set<Stage> run) {
      if (run.isEmpty()) {
        throw new IllegalArgumentException("at least one stage must run");
      }
      this.stages = EnumSet.copyOf(run);
      return this;
    }

    /**
     * How many threads check children; 1 (the default) checks on the calling thread.
     *
     * @param threads the threads
     * @return how many threads check children
     */
    public Builder parallelism(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("parallelism must be at least 1");
      }
      this.parallelism = threads;
      return this;
    }

    /**
     * The validator with these options.
     *
     * @return the validator
     */
    public Validator build() {
      return new Validator(this);
    }
  }
}
