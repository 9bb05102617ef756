package io.github.cscreturns.validation.ssda903;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.validation.RuleCodes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The rules of one collection year: the year's {@link RuleCatalogue} and, for each catalogued code,
 * its implementation where there is one. A catalogued rule without an implementation is reported as
 * skipped (not implemented), never passed.
 *
 * <p>Each year's set is built explicitly from the previous year's with {@link #derive}: rules are
 * removed, replaced and added by code, and any mismatch fails fast — adding a code twice, replacing or
 * removing one that is absent, or keeping an implementation the year's catalogue no longer lists.
 * {@link #forYear} gives the DfE's sets; immutable and safe to share.
 */
public final class RuleSet {
  private final RuleCatalogue catalogue;
  private final Map<String, Rule> rules;
  private final Map<String, ReturnRule> returnRules;
  private final Map<String, String> unimplementable;
  private final Optional<RuleSet> previous;
  private final Set<String> redefined;
  private final Map<String, RuleMetadata> local;

  private RuleSet(
      RuleCatalogue catalogue,
      Map<String, Rule> rules,
      Map<String, ReturnRule> returnRules,
      Map<String, String> unimplementable,
      Optional<RuleSet> previous,
      Set<String> redefined,
      Map<String, RuleMetadata> local) {
    this.catalogue = catalogue;
    this.rules = rules;
    this.returnRules = returnRules;
    this.unimplementable = unimplementable;
    this.previous = previous;
    this.redefined = redefined;
    this.local = local;
  }

  /**
   * The DfE's rule set for the year (cached).
   *
   * @param year the collection year
   * @return the DfE's rule set for the year (cached)
   */
  public static RuleSet forYear(CollectionYear year) {
    return Ssda903RuleSets.forYear(year);
  }

  /**
   * Starts the first rule set (the base year), empty of implementations.
   *
   * @param year the collection year
   * @return a builder of the base year's set
   */
  public static Builder builder(CollectionYear year) {
    return new Builder(RuleCatalogue.of(year), new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>(), Optional.empty(), Set.of(), Map.of());
  }

  /**
   * Starts the next year's set from this one: same implementations, the new year's catalogue.
   *
   * @param next the next
   * @return a builder of the next year's set
   */
  public Builder derive(CollectionYear next) {
    if (!next.isEqualOrNewerThan(year())) {
      throw new IllegalArgumentException("Cannot derive " + next + " from the later " + year());
    }
    return new Builder(
        RuleCatalogue.of(next), new LinkedHashMap<>(rules), new LinkedHashMap<>(returnRules), new LinkedHashMap<>(unimplementable),
        Optional.of(this), Set.of(), local);
  }

  /**
   * This year's DfE rule set with the local rules of every {@link RuleSetProvider} on the module path
   * or class path ({@link java.util.ServiceLoader}) added. Not cached: providers are loaded each call.
   *
   * @param year the collection year
   * @return this year's DfE rule set with the local rules of every {@link RuleSetProvider} on the
   *     module path or class path ({@link java.util.ServiceLoader}) added
   * @throws IllegalStateException if a provider's local rule is refused (its code is a DfE code, or is
   *     given twice)
   */
  public static RuleSet forYearWithProviders(CollectionYear year) {
    RuleSet set = forYear(year);
    Builder b = set.toBuilder();
    for (RuleSetProvider provider : java.util.ServiceLoader.load(RuleSetProvider.class)) {
      provider.addRules(year, b);
    }
    return b.build();
  }

  /**
   * A builder holding this set as it is (same year, rules and recorded changes), to add local rules
   * to. Use {@link #derive} for the next year.
   *
   * @return a builder holding this set as it is (same year, rules and recorded changes), to add
   *     local rules to
   */
  public Builder toBuilder() {
    Builder b = new Builder(
        catalogue, new LinkedHashMap<>(rules), new LinkedHashMap<>(returnRules), new LinkedHashMap<>(unimplementable),
        previous, redefined, local);
    return b;
  }

  /**
   * The collection year of the set.
   *
   * @return the year
   */
  public CollectionYear year() {
    return catalogue.year();
  }

  /**
   * The local rules of the set (added with {@link Builder#addLocal}), with their own metadata, in the
   * order added. They run and report beside the DfE's rules, their findings marked {@linkplain
   * io.github.cscreturns.validation.Finding#isLocal local}.
   *
   * @return the local rules of the set (added with {@link Builder#addLocal}), with their own
   *     metadata, in the order added
   */
  public List<RuleMetadata> localRules() {
    return List.copyOf(local.values());
  }

  /**
   * Whether the code is one of the set's local rules.
   *
   * @param code the code
   * @return whether the code is one of the set's local rules
   */
  public boolean isLocal(String code) {
    return local.containsKey(code);
  }

  /**
   * Why a catalogued rule is deliberately left without an implementation (it cannot be checked from
   * what the return holds), if the set says so; empty for implemented rules and for rules simply not
   * implemented yet.
   *
   * @param code the code
   * @return why a catalogued rule is deliberately left without an implementation (it cannot be
   *     checked from what the return holds), if the set says so
   */
  public Optional<String> whyNotImplemented(String code) {
    return Optional.ofNullable(unimplementable.get(code));
  }

  /**
   * The DfE's catalogue of the year's rules, implemented or not.
   *
   * @return the catalogue
   */
  public RuleCatalogue catalogue() {
    return catalogue;
  }

  /**
   * The set this one was {@linkplain #derive derived} from (last year's); empty for a base year.
   *
   * @return the set this one was {@linkplain #derive derived} from (last year's)
   */
  public Optional<RuleSet> previous() {
    return previous;
  }

  /**
   * What changed from the {@linkplain #previous previous year's} set, in rule code order: rules the
   * year's catalogue adds or no longer has (implemented or not), and rules whose implementation was
   * {@linkplain Builder#replace replaced} because the DfE redefined them. Empty for a base year.
   *
   * @return what changed from the {@linkplain #previous previous year's} set, in rule code order
   */
  public List<RuleChange> changes() {
    if (previous.isEmpty()) {
      return List.of();
    }
    RuleSet last = previous.get();
    Map<String, RuleChange> changes = new TreeMap<>(RuleCodes.ORDER);
    for (RuleMetadata m : catalogue.rules()) {
      if (!last.catalogue.contains(m.code())) {
        changes.put(m.code(), new RuleChange(m.code(), RuleChange.Kind.ADDED, isImplemented(m.code())));
      }
    }
    for (RuleMetadata m : last.catalogue.rules()) {
      if (!catalogue.contains(m.code())) {
        changes.put(m.code(), new RuleChange(m.code(), RuleChange.Kind.DELETED, last.isImplemented(m.code())));
      }
    }
    for (String code : redefined) {
      changes.put(code, new RuleChange(code, RuleChange.Kind.REDEFINED, true));
    }
    return List.copyOf(changes.values());
  }

  /**
   * The per-child rule implementing the code, if implemented.
   *
   * @param code the code
   * @return the per-child rule implementing the code, if implemented
   */
  public Optional<Rule> rule(String code) {
    return Optional.ofNullable(rules.get(code));
  }

  /**
   * The whole-return rule implementing the code, if implemented.
   *
   * @param code the code
   * @return the whole-return rule implementing the code, if implemented
   */
  public Optional<ReturnRule> returnRule(String code) {
    return Optional.ofNullable(returnRules.get(code));
  }

  /**
   * Whether the catalogued code has an implementation.
   *
   * @param code the code
   * @return whether the catalogued code has an implementation
   */
  public boolean isImplemented(String code) {
    return rules.containsKey(code) || returnRules.containsKey(code);
  }

  /**
   * The per-child rules, in rule code order.
   *
   * @return the per-child rules, in rule code order
   */
  public Collection<Rule> rules() {
    return rules.values();
  }

  /**
   * The whole-return rules, in rule code order.
   *
   * @return the whole-return rules, in rule code order
   */
  public Collection<ReturnRule> returnRules() {
    return returnRules.values();
  }

  /**
   * Catalogued codes without an implementation, in rule code order.
   *
   * @return catalogued codes without an implementation, in rule code order
   */
  public List<String> notImplemented() {
    return catalogue.rules().stream()
        .map(RuleMetadata::code)
        .filter(c -> !isImplemented(c))
        .sorted(RuleCodes.ORDER)
        .toList();
  }

  /** Builds a rule set; see {@link RuleSet}. */
  public static final class Builder {
    private final RuleCatalogue catalogue;
    private final Map<String, Rule> rules;
    private final Map<String, ReturnRule> returnRules;
    private final Map<String, String> unimplementable;
    private final Optional<RuleSet> previous;
    private final Set<String> redefined;
    private final Map<String, RuleMetadata> local;

    private Builder(
        RuleCatalogue catalogue,
        Map<String, Rule> rules,
        Map<String, ReturnRule> returnRules,
        Map<String, String> unimplementable,
        Optional<RuleSet> previous,
        Set<String> redefined,
        Map<String, RuleMetadata> local) {
      this.catalogue = catalogue;
      this.rules = rules;
      this.returnRules = returnRules;
      this.unimplementable = unimplementable;
      this.previous = previous;
      this.redefined = new java.util.HashSet<>(redefined);
      this.local = new LinkedHashMap<>(local);
    }

    /**
     * Adds a local rule: one of a supplier's or LA's own checks, outside the DfE's catalogue, with its
     * own metadata (code, message, severity, fields, tables). It runs beside the DfE's rules and its
     * findings, in the same report, are marked local. Local rules are carried into derived years.
     *
     * @param metadata the metadata
     * @param rule the rule
     * @return this builder
     * @throws IllegalArgumentException if the metadata's code is not the rule's
     * @throws IllegalStateException if the code is a DfE rule code of any catalogued year, or already
     * in the set
     */
    public Builder addLocal(RuleMetadata metadata, Rule rule) {
      requireLocalCode(metadata, rule.code());
      rules.put(rule.code(), rule);
      local.put(rule.code(), metadata);
      return this;
    }

    /**
     * Adds a local whole-return rule; see {@link #addLocal(RuleMetadata, Rule)}.
     *
     * @param metadata the metadata
     * @param rule the rule
     * @return this builder
     */
    public Builder addLocal(RuleMetadata metadata, ReturnRule rule) {
      requireLocalCode(metadata, rule.code());
      returnRules.put(rule.code(), rule);
      local.put(rule.code(), metadata);
      return this;
    }

    private void requireLocalCode(RuleMetadata metadata, String code) {
      if (!metadata.code().equals(code)) {
        throw new IllegalArgumentException("Local rule " + code + " is given the metadata of " + metadata.code());
      }
      for (CollectionYear year : RuleCatalogue.years()) {
        if (RuleCatalogue.of(year).contains(code)) {
          throw new IllegalStateException(
              "Local rule " + code + " has the code of the DfE's rule " + code + " (" + year.label() + "); give it a code of its own");
        }
      }
      requireAbsent(code);
    }

    /**
     * Records that a catalogued rule is left without an implementation on purpose, and why: it is
     * reported as skipped with that reason. Carried into derived years until the code is removed.
     *
     * @param code the code
     * @param reason the reason
     * @return records that a catalogued rule is left without an implementation on purpose, and why
     */
    public Builder unimplementable(String code, String reason) {
      requireAbsent(code);
      if (unimplementable.put(code, reason) != null) {
        throw new IllegalStateException("Rule " + code + " is already marked unimplementable for " + catalogue.year());
      }
      return this;
    }

    /**
     * Adds rules whose codes are not yet in the set.
     *
     * @param added the added
     * @return this builder
     */
    public Builder add(Rule... added) {
      for (Rule r : added) {
        requireAbsent(r.code());
        rules.put(r.code(), r);
      }
      return this;
    }

    /**
     * Adds whole-return rules whose codes are not yet in the set.
     *
     * @param added the added
     * @return this builder
     */
    public Builder add(ReturnRule... added) {
      for (ReturnRule r : added) {
        requireAbsent(r.code());
        returnRules.put(r.code(), r);
      }
      return this;
    }

    /**
     * Replaces the implementation of codes already in the set: the DfE redefined the rule this year.
     * Register every redefinition the DfE's rule list records, even one whose new logic lies wholly in
     * the codesets (re-registering the same definition), so that the year's {@link RuleSet#changes}
     * read as the DfE's change list.
     *
     * @param replacements the replacements
     * @return this builder
     */
    public Builder replace(Rule... replacements) {
      for (Rule r : replacements) {
        replaceIn(rules, r.code(), r);
      }
      return this;
    }

    /**
     * Replaces the implementation of whole-return rules already in the set.
     *
     * @param replacements the replacements
     * @return this builder
     */
    public Builder replace(ReturnRule... replacements) {
      for (ReturnRule r : replacements) {
        replaceIn(returnRules, r.code(), r);
      }
      return this;
    }

    private <R> void replaceIn(Map<String, R> map, String code, R replacement) {
      if (!map.containsKey(code)) {
        throw new IllegalStateException("Cannot replace rule " + code + ": not in the set for " + catalogue.year());
      }
      map.put(code, replacement);
      redefined.add(code);
    }

    /**
     * Removes codes the DfE deleted.
     *
     * @param codes the codes
     * @return removes codes the DfE deleted
     */
    public Builder remove(String... codes) {
      for (String code : codes) {
        local.remove(code);
        redefined.remove(code);
        if (rules.remove(code) == null && returnRules.remove(code) == null && unimplementable.remove(code) == null) {
          throw new IllegalStateException("Cannot remove rule " + code + ": not in the set for " + catalogue.year());
        }
      }
      return this;
    }

    private void requireAbsent(String code) {
      if (rules.containsKey(code) || returnRules.containsKey(code) || unimplementable.containsKey(code)) {
        throw new IllegalStateException("Rule " + code + " is already in the set for " + catalogue.year());
      }
    }

    /**
     * Builds the set.
     *
     * @return the rule set
     * @throws IllegalStateException if an implemented code is not in the year's catalogue
     */
    public RuleSet build() {
      List<String> stray = new ArrayList<>();
      for (Set<String> codes : List.of(rules.keySet(), returnRules.keySet(), unimplementable.keySet())) {
        for (String code : codes) {
          if (!catalogue.contains(code) && !local.containsKey(code)) {
            stray.add(code);
          }
        }
      }
      if (!stray.isEmpty()) {
        throw new IllegalStateException(
            "Rules " + stray + " are implemented but not in the " + catalogue.year() + " catalogue; remove them");
      }
      Map<String, Rule> sorted = new TreeMap<>(RuleCodes.ORDER);
      sorted.putAll(rules);
      Map<String, ReturnRule> sortedReturn = new TreeMap<>(RuleCodes.ORDER);
      sortedReturn.putAll(returnRules);
      return new RuleSet(
          catalogue,
          java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sorted)),
          java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sortedReturn)),
          Map.copyOf(unimplementable),
          previous,
          Set.copyOf(redefined),
          java.util.Collections.unmodifiableMap(new LinkedHashMap<>(local)));
    }
  }

  @Override
  public String toString() {
    return "RuleSet[" + year() + ", " + catalogue.rules().size() + " rules, " + notImplemented().size() + " not implemented]";
  }
}
