package io.github.cscreturns.validation.cin;

import io.github.cscreturns.codesets.CollectionYear;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The CIN rules of one collection year: the year's {@link CinRuleCatalogue} and the logic of each rule
 * implemented. {@link #forYear} gives the DfE's set, written in {@code CinRuleSets} as the previous
 * year's set plus the rules the DfE added, redefined and deleted ({@link #changes()}: additions and
 * deletions are the difference of the two years' catalogues, redefinitions are those the set records). Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * CinRuleSet rules = CinRuleSet.forYear(CollectionYear.Y2024_25);
 * rules.changes();            // 1570, 1580, 8945Q, 8950Q added; 2886Q, 4180, 8750, 8770Q redefined
 * rules.only(Set.of("8500")); // one rule, for a quick check
 * }</pre>
 *
 * @since 2022-23
 */
public final class CinRuleSet {
  /**
   * One change of a year's rule set from the year before.
   *
   * @param code the DfE rule code
   * @param kind added, redefined or deleted
   * @since 2022-23
   */
  public record Change(String code, Kind kind) {
    /** What the DfE did to the rule. */
    public enum Kind {
      /** New this year. */
      ADDED,
      /** Its logic or message changed this year. */
      REDEFINED,
      /** No longer in the year's rules. */
      DELETED
    }
  }

  private final CinRuleCatalogue catalogue;
  private final Map<String, Object> rules;
  private final List<Change> changes;
  /** Implemented rules left out by {@link #only} or {@link #without}. */
  private final Set<String> notSelected;

  private CinRuleSet(CinRuleCatalogue catalogue, Map<String, Object> rules, List<Change> changes, Set<String> notSelected) {
    this.catalogue = catalogue;
    this.rules = rules;
    this.changes = changes;
    this.notSelected = notSelected;
  }

  /**
   * The DfE's CIN rules of the year.
   *
   * @param year the collection year (2022-23 to 2025-26)
   * @return the DfE's CIN rules of the year
   * @throws IllegalArgumentException if the year has no CIN rules
   */
  public static CinRuleSet forYear(CollectionYear year) {
    return CinRuleSets.forYear(year);
  }

  /**
   * A builder of a year's rule set from nothing (the first year of the DfE's list).
   *
   * @param year the collection year
   * @return a builder of the year's rule set
   */
  public static Builder builder(CollectionYear year) {
    return new Builder(CinRuleCatalogue.of(year), new LinkedHashMap<>(), null);
  }

  /**
   * A builder of a year's rule set as the changes from the previous year's set.
   *
   * @param previous the previous year's set
   * @param year the collection year being built
   * @return a builder holding the previous year's rules
   */
  public static Builder after(CinRuleSet previous, CollectionYear year) {
    return new Builder(CinRuleCatalogue.of(year), new LinkedHashMap<>(previous.rules), previous.catalogue);
  }

  /**
   * The collection year.
   *
   * @return the collection year
   */
  public CollectionYear year() {
    return catalogue.year();
  }

  /**
   * The DfE's catalogue of the year: every rule's message, severity and items.
   *
   * @return the DfE's catalogue of the year
   */
  public CinRuleCatalogue catalogue() {
    return catalogue;
  }

  /**
   * The codes of the rules implemented, in the order they run.
   *
   * @return the codes of the rules implemented, in the order they run
   */
  public Set<String> codes() {
    return Collections.unmodifiableSet(rules.keySet());
  }

  /**
   * Whether the rule of the code is implemented in this set.
   *
   * @param code the DfE rule code
   * @return whether the rule is implemented in this set
   */
  public boolean isImplemented(String code) {
    return rules.containsKey(code);
  }

  /**
   * The rules judged one child at a time.
   *
   * @return the rules judged one child at a time
   */
  public List<CinRule> childRules() {
    return rules.values().stream().filter(CinRule.class::isInstance).map(CinRule.class::cast).toList();
  }

  /**
   * The rules that compare children or judge the whole return.
   *
   * @return the rules that compare children or judge the whole return
   */
  public List<CinReturnRule> returnRules() {
    return rules.values().stream().filter(CinReturnRule.class::isInstance).map(CinReturnRule.class::cast).toList();
  }

  /**
   * The DfE's changes from the previous year's set (empty for the first year).
   *
   * @return the DfE's changes from the previous year's set
   */
  public List<Change> changes() {
    return changes;
  }

  /**
   * This set with only the given rules (codes not in the set are ignored); changes are kept. The
   * implemented rules left out are reported as not selected ({@link #isNotSelected}).
   *
   * @param codes the codes to keep
   * @return this set with only the given rules
   */
  public CinRuleSet only(Collection<String> codes) {
    Map<String, Object> kept = new LinkedHashMap<>(rules);
    kept.keySet().retainAll(Set.copyOf(codes));
    return narrowed(kept);
  }

  /**
   * This set without the given rules, which are reported as not selected ({@link #isNotSelected}).
   *
   * @param codes the codes to leave out
   * @return this set without the given rules
   */
  public CinRuleSet without(Collection<String> codes) {
    Map<String, Object> kept = new LinkedHashMap<>(rules);
    kept.keySet().removeAll(Set.copyOf(codes));
    return narrowed(kept);
  }

  /**
   * Whether the rule is implemented but was left out of this set by {@link #only} or {@link #without}
   * (the validator reports it as skipped, not selected, rather than not implemented).
   *
   * @param code the DfE rule code
   * @return whether the rule was left out of this set
   * @since 2022-23
   */
  public boolean isNotSelected(String code) {
    return notSelected.contains(code);
  }

  private CinRuleSet narrowed(Map<String, Object> kept) {
    Set<String> out = new java.util.HashSet<>(notSelected);
    for (String code : rules.keySet()) {
      if (!kept.containsKey(code)) {
        out.add(code);
      }
    }
    return new CinRuleSet(catalogue, Collections.unmodifiableMap(kept), changes, Set.copyOf(out));
  }

  /**
   * Builds a year's rule set: rules added, redefined (replacing the previous year's version) and
   * deleted, each checked against the year's catalogue.
   *
   * @since 2022-23
   */
  public static final class Builder {
    private final CinRuleCatalogue catalogue;
    private final Map<String, Object> rules;
    private final @Nullable CinRuleCatalogue previous;
    private final List<String> redefined = new ArrayList<>();

    private Builder(CinRuleCatalogue catalogue, Map<String, Object> rules, @Nullable CinRuleCatalogue previous) {
      this.catalogue = catalogue;
      this.rules = rules;
      this.previous = previous;
    }

    /**
     * Adds child-level rules new this year (or, in the first year, every rule).
     *
     * @param added the rules
     * @return this builder
     * @throws IllegalArgumentException if a rule is already in the set or not in the year's catalogue
     */
    public Builder add(CinRule... added) {
      for (CinRule r : added) {
        put(r.code(), r);
      }
      return this;
    }

    /**
     * Adds return-level rules new this year (or, in the first year, every rule).
     *
     * @param added the rules
     * @return this builder
     * @throws IllegalArgumentException if a rule is already in the set or not in the year's catalogue
     */
    public Builder add(CinReturnRule... added) {
      for (CinReturnRule r : added) {
        put(r.code(), r);
      }
      return this;
    }

    /**
     * Replaces last year's version of a rule with this year's redefinition.
     *
     * @param redefined this year's version
     * @return this builder
     * @throws IllegalArgumentException if the set has no rule of the code
     */
    public Builder replace(CinRule redefined) {
      return redefine(redefined.code(), redefined);
    }

    /**
     * Replaces last year's version of a return-level rule with this year's redefinition.
     *
     * @param redefined this year's version
     * @return this builder
     * @throws IllegalArgumentException if the set has no rule of the code
     */
    public Builder replace(CinReturnRule redefined) {
      return redefine(redefined.code(), redefined);
    }

    /**
     * Records that the DfE redefined a rule that is not implemented here, so that the change list is
     * complete.
     *
     * @param code the DfE rule code
     * @return this builder
     */
    public Builder redefinedNotImplemented(String code) {
      redefined.add(code);
      return this;
    }

    /**
     * Deletes rules the DfE withdrew this year.
     *
     * @param codes the DfE rule codes
     * @return this builder
     * @throws IllegalArgumentException if a code is still in the year's catalogue
     */
    public Builder delete(String... codes) {
      for (String code : codes) {
        if (catalogue.contains(code)) {
          throw new IllegalArgumentException("Rule " + code + " is still in the " + catalogue.year().label() + " catalogue");
        }
        rules.remove(code);
      }
      return this;
    }

    /**
     * The rule set.
     *
     * @return the rule set
     * @throws IllegalStateException if a rule of the previous year is not in this year's catalogue and
     *     was not deleted
     */
    public CinRuleSet build() {
      for (String code : rules.keySet()) {
        if (!catalogue.contains(code)) {
          throw new IllegalStateException(
              "Rule " + code + " is not in the " + catalogue.year().label() + " catalogue: delete it");
        }
      }
      List<Change> changes = new ArrayList<>();
      if (previous != null) {
        for (CinRuleMetadata m : catalogue.rules()) {
          if (!previous.contains(m.code())) {
            changes.add(new Change(m.code(), Change.Kind.ADDED));
          }
        }
        redefined.forEach(code -> changes.add(new Change(code, Change.Kind.REDEFINED)));
        for (CinRuleMetadata m : previous.rules()) {
          if (!catalogue.contains(m.code())) {
            changes.add(new Change(m.code(), Change.Kind.DELETED));
          }
        }
      }
      return new CinRuleSet(catalogue, Collections.unmodifiableMap(new LinkedHashMap<>(rules)), List.copyOf(changes), Set.of());
    }

    private void put(String code, Object rule) {
      if (!catalogue.contains(code)) {
        throw new IllegalArgumentException("Rule " + code + " is not in the " + catalogue.year().label() + " CIN catalogue");
      }
      @Nullable Object before = rules.putIfAbsent(code, rule);
      if (before != null) {
        throw new IllegalArgumentException("Rule " + code + " is already in the set: replace it");
      }
    }

    private Builder redefine(String code, Object rule) {
      if (!rules.containsKey(code)) {
        throw new IllegalArgumentException("Rule " + code + " is not in the set to be redefined");
      }
      rules.put(code, rule);
      redefined.add(code);
      return this;
    }
  }
}
