package io.github.cscreturns.injection.ssda903;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.LaCode;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.ImmutableChild;
import io.github.cscreturns.core.ssda903.Ssda903Record;
import io.github.cscreturns.validation.Severity;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.ReferenceData;
import io.github.cscreturns.validation.ssda903.Requirement;
import io.github.cscreturns.validation.ssda903.ReturnRule;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import io.github.cscreturns.validation.ssda903.RuleMetadata;
import io.github.cscreturns.validation.ssda903.RuleSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Makes a chosen DfE rule fire in a return: changes one child (or its record in the previous year's
 * return) so that the rule fires and, as far as the DfE's rules allow, no other error rule.
 *
 * <p>There are no recipes per rule. A library of mutation operators named in the return's words
 * ({@link Mutations}: blank an item, set a code to another of its codeset or one valid only in other
 * years, move a date to the day before or after another of the child's dates, remove, duplicate or
 * copy a record, change or remove last year's record, share another child's UPN or child ID) is
 * tried on the return's children in order; each changed child alone (with its previous-year record,
 * and the other child where one is shared) is checked by the year's rules, and the change kept is
 * the first that fires the rule with the fewest other error rules. Only the changed child is
 * checked, so the search costs a few thousand single-child checks per candidate child.
 *
 * <p>Deterministic: the same return, previous year, rule set and rule give the same change. Rules
 * that need reference data (postcode or Ofsted provider directories) are checked only when it is
 * given ({@link Builder#referenceData}).
 *
 * @since 2022-23
 */
public final class ErrorInjector {
  private final RuleSet ruleSet;
  private final CollectionYear year;
  private final List<Child> children;
  private final List<Child> previousYear;
  private final Map<ChildId, Child> previousById = new HashMap<>();
  private final RuleContext context;
  private final List<Rule> rules = new ArrayList<>();
  private final List<ReturnRule> returnRules = new ArrayList<>();
  private final Map<String, Severity> severities = new HashMap<>();
  private final int candidates;

  private ErrorInjector(Builder b) {
    this.ruleSet = b.ruleSet;
    this.year = ruleSet.year();
    this.children = List.copyOf(b.children);
    this.previousYear = List.copyOf(b.previousYear);
    this.candidates = b.candidates;
    for (Child p : previousYear) {
      previousById.putIfAbsent(p.childId(), p);
    }
    this.context = RuleContext.of(year, b.la, b.referenceData, true, Optional.empty());
    for (RuleMetadata meta : ruleSet.catalogue().rules()) {
      severities.put(meta.code(), meta.severity());
      ruleSet.rule(meta.code()).filter(r -> runs(r.requirements(), b)).ifPresent(rules::add);
      ruleSet.returnRule(meta.code()).filter(r -> runs(r.requirements(), b)).ifPresent(returnRules::add);
    }
  }

  private static boolean runs(Set<Requirement> requirements, Builder b) {
    for (Requirement r : requirements) {
      boolean met =
          switch (r) {
            case PREVIOUS_YEAR -> true;
            case RETURNING_LA -> b.la.isPresent();
            case POSTCODE_DIRECTORY -> b.referenceData.postcodes().isPresent();
            case PROVIDER_DIRECTORY -> b.referenceData.providers().isPresent();
          };
      if (!met) {
        return false;
      }
    }
    return true;
  }

  /**
   * An injector for a return of the rule set's year, with its previous year's return.
   *
   * @param ruleSet the year's rule set
   * @param children the children
   * @param previousYear the previous year
   * @return an injector for a return of the rule set's year, with its previous year's return
   */
  public static Builder builder(RuleSet ruleSet, List<Child> children, List<Child> previousYear) {
    return new Builder(ruleSet, children, previousYear);
  }

  /**
   * The rule set whose rules are made to fire.
   *
   * @return the rule set whose rules are made to fire
   */
  public RuleSet ruleSet() {
    return ruleSet;
  }

  /**
   * Whether the injector checks the rule (implemented, and what it needs was given).
   *
   * @param rule the rule
   * @return whether the injector checks the rule (implemented, and what it needs was given)
   */
  public boolean checks(String rule) {
    return rules.stream().anyMatch(r -> r.code().equals(rule)) || returnRules.stream().anyMatch(r -> r.code().equals(rule));
  }

  /**
   * Makes the rule fire on one child, or says it found no change that does.
   *
   * @param rule the rule
   * @return what was changed, or why nothing could be
   */
  public Optional<Injection> inject(String rule) {
    return Optional.ofNullable(injectAll(List.of(rule), Set.of()).get(rule));
  }

  /**
   * Makes each rule fire, one search for them all: for each rule found, its own change of the
   * return as given (the changes are not combined). Rules the search cannot make fire are absent.
   *
   * @param rules the rules
   * @return what was done for each rule
   */
  public Map<String, Injection> injectAll(Collection<String> rules) {
    return injectAll(rules, Set.of());
  }

  /**
   * Makes each rule fire in turn on a different child, in one return: the result's last injection
   * holds the return with every fault; rules the search cannot make fire are left out.
   *
   * @param rulesInOrder the rules in order
   * @return the changed return and what was done for each rule
   */
  public List<Injection> injectEach(List<String> rulesInOrder) {
    List<Injection> done = new ArrayList<>();
    ErrorInjector current = this;
    Set<ChildId> used = new HashSet<>();
    for (String rule : rulesInOrder) {
      Injection found = current.injectAll(List.of(rule), used).get(rule);
      if (found != null) {
        done.add(found);
        used.add(found.childId());
        current = new ErrorInjector(new Builder(ruleSet, found.children(), found.previousYear()).sameAs(this));
      }
    }
    return done;
  }

  private record Best(int index, Mutation mutation, Set<String> others) {}

  /** A candidate change of a child: the changed child, its previous-year record and the other child it involves. */
  private record Mutation(String change, Child child, Optional<Child> previous, boolean previousChanged, Optional<Child> other) {}

  private Map<String, Injection> injectAll(Collection<String> wanted, Set<ChildId> excluded) {
    Set<String> targets = new LinkedHashSet<>();
    for (String r : wanted) {
      if (checks(r)) {
        targets.add(r);
      }
    }
    Map<String, Best> best = new LinkedHashMap<>();
    Set<String> settled = new HashSet<>();
    Mutations.Setting setting = new Mutations.Setting(year, children.subList(0, Math.min(children.size(), 50)));
    for (Phase phase : Phase.values()) {
      for (int i = 0; i < Math.min(children.size(), candidates) && settled.size() < targets.size(); i++) {
        Child child = children.get(i);
        if (excluded.contains(child.childId())) {
          continue;
        }
        Optional<Child> previous = Optional.ofNullable(previousById.get(child.childId()));
        Set<String> baseline = fired(child, previous, Optional.empty());
        for (Mutation m : mutations(phase, i, child, previous, setting)) {
          Set<String> found = fired(m.child(), m.previous(), m.other());
          found.removeAll(baseline);
          if (m.other().isPresent()) {
            found.removeAll(fired(m.other().get(), Optional.ofNullable(previousById.get(m.other().get().childId())), Optional.empty()));
          }
          for (String code : found) {
            if (!targets.contains(code) || settled.contains(code)) {
              continue;
            }
            Set<String> others = new HashSet<>();
            for (String f : found) {
              if (!f.equals(code) && severities.get(f) == Severity.ERROR) {
                others.add(f);
              }
            }
            Best was = best.get(code);
            if (was == null || others.size() < was.others().size()) {
              best.put(code, new Best(i, m, others));
              if (others.isEmpty()) {
                settled.add(code);
              }
            }
          }
          if (settled.size() == targets.size()) {
            break;
          }
        }
      }
    }
    Map<String, Injection> out = new LinkedHashMap<>();
    for (String code : targets) {
      Best b = best.get(code);
      if (b != null) {
        out.put(code, apply(code, b));
      }
    }
    return out;
  }

  private Injection apply(String code, Best b) {
    List<Child> changed = new ArrayList<>(children);
    changed.set(b.index(), b.mutation().child());
    List<Child> previous = new ArrayList<>(previousYear);
    if (b.mutation().previousChanged()) {
      Child original = previousById.get(b.mutation().child().childId());
      int at = original == null ? -1 : indexOf(previous, original);
      if (b.mutation().previous().isEmpty()) {
        previous.remove(at);
      } else if (at >= 0) {
        previous.set(at, b.mutation().previous().get());
      } else {
        previous.add(b.mutation().previous().get());
      }
    }
    return new Injection(code, b.mutation().child().childId(), b.mutation().change(), b.others(), changed, previous);
  }

  private static int indexOf(List<Child> list, Child c) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == c) {
        return i;
      }
    }
    return -1;
  }

  /** The searches in order: the child's own records, then last year's record, then another child's. */
  private enum Phase {
    THIS_YEAR,
    LAST_YEAR,
    ANOTHER_CHILD
  }

  private List<Mutation> mutations(Phase phase, int index, Child child, Optional<Child> previous, Mutations.Setting setting) {
    List<Mutation> out = new ArrayList<>();
    switch (phase) {
      case THIS_YEAR -> {
        for (Mutations.Change c : Mutations.ofChild(child, setting)) {
          out.add(new Mutation(c.description(), (Child) c.record(), previous, false, Optional.empty()));
        }
      }
      case LAST_YEAR -> {
        if (previous.isPresent()) {
          out.add(new Mutation("last year's record removed", child, Optional.empty(), true, Optional.empty()));
          Mutations.Setting last = new Mutations.Setting(year.previous().orElse(year), previousYear.subList(0, Math.min(previousYear.size(), 50)));
          for (Mutations.Change c : Mutations.ofChild(previous.get(), last)) {
            out.add(new Mutation("last year's " + c.description(), child, Optional.of((Child) c.record()), true, Optional.empty()));
          }
        } else {
          // Last year's record of the child as this year's (a child recorded last year as now).
          out.add(new Mutation("a record for last year added, the same as this year's", child, Optional.of(child), true, Optional.empty()));
        }
      }
      case ANOTHER_CHILD -> {
        for (int j = 0; j < Math.min(children.size(), 3); j++) {
          if (j == index) {
            continue;
          }
          Child other = children.get(j);
          ImmutableChild copy = ImmutableChild.copyOf(child);
          if (other.upn().isPresent()) {
            out.add(new Mutation("UPN set to another child's", copy.withUpn(other.upn()), previous, false, Optional.of(other)));
          }
          out.add(new Mutation("child ID set to another child's", copy.withChildId(other.childId()), previous, false, Optional.of(other)));
        }
      }
    }
    return out;
  }

  /** The codes of the rules that fire on the child (with the other child where given), any severity. */
  private Set<String> fired(Child child, Optional<Child> previous, Optional<Child> other) {
    Set<String> found = new HashSet<>();
    RuleContext ctx = context.withPrevious(previous);
    Flags flags = new Flags();
    for (Rule rule : rules) {
      try {
        rule.check(child, ctx, flags);
      } catch (RuntimeException | StackOverflowError e) {
        // A rule that throws on an odd change does not fire.
        flags = new Flags();
        continue;
      }
      if (!flags.isEmpty()) {
        found.add(rule.code());
        flags = new Flags();
      }
    }
    for (ReturnRule rule : returnRules) {
      boolean[] hit = {false};
      try {
        ReturnRule.Accumulator acc = rule.newAccumulator(context);
        int ordinal = 0;
        if (other.isPresent()) {
          acc.accept(other.get(), ordinal++);
        }
        acc.accept(child, ordinal);
        acc.finish(new ReturnRule.ReturnFlags() {
          @Override
          public void flagHeader(int o) {
            hit[0] = true;
          }

          @Override
          public void flag(int o, Ssda903Record record) {
            hit[0] = true;
          }
        });
      } catch (RuntimeException e) {
        continue;
      }
      if (hit[0]) {
        found.add(rule.code());
      }
    }
    return found;
  }

  /** Configures an {@link ErrorInjector}. */
  public static final class Builder {
    private final RuleSet ruleSet;
    private final List<Child> children;
    private final List<Child> previousYear;
    private Optional<LaCode> la = Optional.empty();
    private ReferenceData referenceData = ReferenceData.none();
    private int candidates = 40;

    private Builder(RuleSet ruleSet, List<Child> children, List<Child> previousYear) {
      this.ruleSet = Objects.requireNonNull(ruleSet, "ruleSet");
      this.children = List.copyOf(children);
      this.previousYear = List.copyOf(previousYear);
    }

    private Builder sameAs(ErrorInjector other) {
      this.la = other.context.la();
      this.referenceData = other.context.referenceData();
      this.candidates = other.candidates;
      return this;
    }

    /**
     * The returning local authority (rules that need it run only when it is given).
     *
     * @param code the code
     * @return the returning local authority (rules that need it run only when it is given)
     */
    public Builder la(LaCode code) {
      this.la = Optional.of(code);
      return this;
    }

    /**
     * Reference data (postcode and provider directories) for the rules that need it.
     *
     * @param data the data
     * @return reference data (postcode and provider directories) for the rules that need it
     */
    public Builder referenceData(ReferenceData data) {
      this.referenceData = Objects.requireNonNull(data, "data");
      return this;
    }

    /**
     * How many of the return's first children are tried (default 40).
     *
     * @param count how many
     * @return how many of the return's first children are tried (default 40)
     */
    public Builder candidates(int count) {
      if (count < 1) {
        throw new IllegalArgumentException("candidates must be 1 or more");
      }
      this.candidates = count;
      return this;
    }

    /**
     * The injector with the settings given.
     *
     * @return the injector
     */
    public ErrorInjector build() {
      return new ErrorInjector(this);
    }
  }
}
