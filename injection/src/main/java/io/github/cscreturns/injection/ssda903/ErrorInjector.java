package io.github.cscreturns.injection.ssda903;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.LaCode;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.ImmutableChild;
import io.github.cscreturns.core.ssda903.Ssda903Record;
import io.github.cscreturns.core.ssda903.Ssda903Table;
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
import java.util.Locale;
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
    Search search = new Search(targets);
    List<Integer> order = candidateOrder(excluded);
    Mutations.Setting setting = new Mutations.Setting(year, donors(children));
    for (Phase phase : Phase.values()) {
      if (phase == Phase.TWO_CHANGES) {
        twoChanges(search, order, setting);
        continue;
      }
      for (int i : order) {
        if (search.done()) {
          break;
        }
        Child child = children.get(i);
        Optional<Child> previous = Optional.ofNullable(previousById.get(child.childId()));
        for (Mutation m : mutations(phase, i, child, previous, setting)) {
          search.consider(i, child, previous, m);
          if (search.done()) {
            break;
          }
        }
      }
    }
    Map<String, Injection> out = new LinkedHashMap<>();
    for (String code : targets) {
      Best b = search.best.get(code);
      if (b != null) {
        out.put(code, apply(code, b));
      }
    }
    return out;
  }

  /**
   * Two changes of one child, for the rules no single change makes fire: each pair of changes of the
   * items and tables the rule names (its DfE fields and tables), on the first candidate children.
   */
  private void twoChanges(Search search, List<Integer> order, Mutations.Setting setting) {
    for (String code : List.copyOf(search.targets)) {
      if (search.settled.contains(code) || search.best.containsKey(code)) {
        continue;
      }
      RuleMetadata meta = ruleSet.catalogue().rule(code).orElse(null);
      if (meta == null) {
        continue;
      }
      // the rule's items and tables (as the DfE's list spells them: "MIssing", "DOLO_last" …)
      Set<String> items = new HashSet<>();
      Set<String> tables = new HashSet<>();
      meta.fields().forEach(f -> items.add(f.toLowerCase(Locale.ROOT)));
      meta.tables().forEach(t -> tables.add(t.toLowerCase(Locale.ROOT).replace("_last", "")));
      java.util.function.Predicate<String> named = t -> items.contains(t.toLowerCase(Locale.ROOT)) || tables.contains(t.toLowerCase(Locale.ROOT));
      java.util.function.Predicate<String> ofItsTables =
          named.or(t -> t.startsWith("table:") && tables.contains(t.substring(6).toLowerCase(Locale.ROOT)));
      boolean lastYear = ruleSet.rule(code).map(r -> r.requirements().contains(Requirement.PREVIOUS_YEAR)).orElse(false)
          || meta.tables().stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).endsWith("_last"));
      List<Integer> pairOrder = pairCandidates(order, tables);
      search.only = code;
      for (java.util.function.Predicate<String> touching : List.of(named, ofItsTables)) {
        if (!search.best.containsKey(code)) {
          pairs(search, code, pairOrder, setting.touchingOnly(touching), lastYear);
        }
      }
      search.only = null;
    }
  }

  /**
   * The children tried for pairs of changes to a rule: for each of its tables (Header and Episodes
   * aside, which every child has), the first two children with records in it (this year or last), then the first two children aged 16, 17 and 18 at 31 March and the first two
   * whose care ended in the year (birthdays and leaving care are what many two-change rules turn on).
   */
  private List<Integer> pairCandidates(List<Integer> order, Set<String> ruleTables) {
    Set<Integer> out = new LinkedHashSet<>();
    // every child has a Header and episodes: the rule's other tables tell the children apart
    Set<String> rarer = new HashSet<>(ruleTables);
    rarer.removeAll(Set.of("header", "episodes"));
    Set<String> tables = rarer.isEmpty() ? ruleTables : rarer;
    for (String table : new java.util.TreeSet<>(tables)) {
      int found = 0;
      for (int i = 0; i < children.size() && found < 2; i++) {
        Child c = children.get(i);
        if (holdsAny(c, Set.of(table)) || Optional.ofNullable(previousById.get(c.childId())).map(p -> holdsAny(p, Set.of(table))).orElse(false)) {
          out.add(i);
          found++;
        }
      }
    }
    for (int age = 16; age <= 18; age++) {
      int found = 0;
      for (int i = 0; i < children.size() && found < 2; i++) {
        if (children.get(i).ageOn(year.ssda903End()).orElse(-1) == age) {
          out.add(i);
          found++;
        }
      }
    }
    int ended = 0;
    for (int i = 0; i < children.size() && ended < 2; i++) {
      Child c = children.get(i);
      if (!c.episodes().isEmpty() && !c.isLookedAfterAtYearEnd(year)) {
        out.add(i);
        ended++;
      }
    }
    return List.copyOf(out);
  }

  /** The changes of whole rows (removed, duplicated, copied) first, then the changes of items, each in its order. */
  private static List<Mutations.Change> structuralFirst(List<Mutations.Change> changes) {
    List<Mutations.Change> out = new ArrayList<>();
    for (boolean rows : new boolean[] {true, false}) {
      for (Mutations.Change c : changes) {
        if (Ssda903Table.byDfeName(c.touches()).isPresent() == rows) {
          out.add(c);
        }
      }
    }
    return out;
  }

  /**
   * Whose rows may be copied into last year's record: last year's first children, then this year's
   * (a table the DfE collected last year may hold no rows in a generated previous year).
   */
  private List<Child> lastYearsDonors(Mutations.Setting thisYears) {
    Set<Child> donors = new LinkedHashSet<>(donors(previousYear));
    donors.addAll(thisYears.donors());
    return List.copyOf(donors);
  }

  /** Whose rows may be copied: for each table, the first three children with rows in it, then the first 50. */
  private static List<Child> donors(List<Child> from) {
    Set<Child> donors = new LinkedHashSet<>();
    for (RecordItems.Item table : RecordItems.of(ImmutableChild.class)) {
      if (table.kind() != RecordItems.Kind.LIST) {
        continue;
      }
      int found = 0;
      for (int i = 0; i < from.size() && found < 3; i++) {
        if (!((List<?>) table.get(from.get(i))).isEmpty()) {
          donors.add(from.get(i));
          found++;
        }
      }
    }
    donors.addAll(from.subList(0, Math.min(from.size(), 50)));
    return List.copyOf(donors);
  }

  private static boolean holdsAny(Child c, Set<String> tables) {
    for (RecordItems.Item table : RecordItems.of(ImmutableChild.class)) {
      if (table.kind() == RecordItems.Kind.LIST) {
        List<?> rows = (List<?>) table.get(c);
        if (!rows.isEmpty() && rows.get(0) instanceof Ssda903Record r && tables.contains(r.table().dfeName().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  private void pairs(Search search, String code, List<Integer> order, Mutations.Setting only, boolean lastYear) {
    {
      int tried = 0;
      for (int i : order) {
        if (tried++ == PAIR_CHILDREN || search.best.containsKey(code)) {
          break;
        }
        Child child = children.get(i);
        Optional<Child> previous = Optional.ofNullable(previousById.get(child.childId()));
        List<Mutations.Change> firsts = structuralFirst(Mutations.ofChild(child, only));
        for (Mutations.Change first : firsts.subList(0, Math.min(firsts.size(), PAIR_FIRSTS))) {
          for (Mutations.Change second : Mutations.ofChild((Child) first.record(), only)) {
            Mutation m = new Mutation(first.description() + "; " + second.description(), (Child) second.record(), previous, false, Optional.empty());
            search.consider(i, child, previous, m);
          }
          if (search.best.containsKey(code)) {
            break;
          }
        }
        if (search.best.containsKey(code) || !lastYear) {
          continue;
        }
        // Two changes of last year's record (this year's record as last year's where it has none).
        Child last = previous.orElse(child);
        Mutations.Setting lastYears = new Mutations.Setting(year.previous().orElse(year), lastYearsDonors(only), only.touching());
        List<Mutations.Change> lastFirsts = structuralFirst(Mutations.ofChild(last, lastYears));
        for (Mutations.Change first : lastFirsts.subList(0, Math.min(lastFirsts.size(), PAIR_FIRSTS))) {
          for (Mutations.Change second : Mutations.ofChild((Child) first.record(), lastYears)) {
            Mutation m = new Mutation("last year's " + first.description() + "; " + second.description(), child, Optional.of((Child) second.record()), true, Optional.empty());
            search.consider(i, child, previous, m);
          }
          if (search.best.containsKey(code)) {
            break;
          }
        }
      }
    }
  }

  /** Pairs are tried on this many candidate children, from this many first changes each. */
  private static final int PAIR_CHILDREN = 12;

  private static final int PAIR_FIRSTS = 200;

  /** The state of one search: the rules sought, the best change found for each, those settled. */
  private final class Search {
    final Set<String> targets;
    final Map<String, Best> best = new LinkedHashMap<>();
    final Set<String> settled = new HashSet<>();
    /** Where set, the one rule sought by the quick check (the pairs of changes seek one rule at a time). */
    String only;
    private final Map<Integer, Set<String>> baselines = new HashMap<>();

    Search(Set<String> targets) {
      this.targets = targets;
    }

    boolean done() {
      return settled.size() == targets.size();
    }

    /** Checks a change: first by the rules still sought alone, then, where one fires, by every rule. */
    void consider(int index, Child child, Optional<Child> previous, Mutation m) {
      if (!firesAnySought(m)) {
        return;
      }
      Set<String> found = fired(m.child(), m.previous(), m.other());
      found.removeAll(baselines.computeIfAbsent(index, k -> fired(child, previous, Optional.empty())));
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
          best.put(code, new Best(index, m, others));
          if (others.isEmpty()) {
            settled.add(code);
          }
        }
      }
    }

    private boolean firesAnySought(Mutation m) {
      RuleContext ctx = context.withPrevious(m.previous());
      Flags flags = new Flags();
      for (Rule rule : rules) {
        if (!targets.contains(rule.code()) || settled.contains(rule.code()) || (only != null && !only.equals(rule.code()))) {
          continue;
        }
        try {
          rule.check(m.child(), ctx, flags);
        } catch (RuntimeException | StackOverflowError e) {
          flags = new Flags();
          continue;
        }
        if (!flags.isEmpty()) {
          return true;
        }
      }
      for (ReturnRule rule : returnRules) {
        if (targets.contains(rule.code()) && !settled.contains(rule.code()) && (only == null || only.equals(rule.code()))) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * The children tried, in order: for each table of the return (and of last year's), the first child
   * with a record in it, the child with the most episodes, then the return's first children.
   */
  private List<Integer> candidateOrder(Set<ChildId> excluded) {
    Set<Integer> order = new LinkedHashSet<>();
    for (RecordItems.Item table : RecordItems.of(ImmutableChild.class)) {
      if (table.kind() != RecordItems.Kind.LIST) {
        continue;
      }
      for (int last = 0; last < 2; last++) {
        for (int i = 0; i < children.size(); i++) {
          Child c = children.get(i);
          Object holder = last == 0 ? c : previousById.get(c.childId());
          if (holder != null && !excluded.contains(c.childId()) && !((List<?>) table.get(holder)).isEmpty()) {
            order.add(i);
            break;
          }
        }
      }
    }
    // the first child of each age at 31 March (a care leaver's birthdays, a child turning 16, 17 or 18)
    Set<Integer> ages = new HashSet<>();
    for (int i = 0; i < children.size(); i++) {
      Child c = children.get(i);
      Optional<Integer> age = c.ageOn(year.ssda903End());
      if (age.isPresent() && !excluded.contains(c.childId()) && ages.add(age.get())) {
        order.add(i);
      }
    }
    // the first child whose care ended in the year
    for (int i = 0; i < children.size(); i++) {
      Child c = children.get(i);
      if (!excluded.contains(c.childId()) && !c.episodes().isEmpty() && !c.isLookedAfterAtYearEnd(year)) {
        order.add(i);
        break;
      }
    }
    int most = -1;
    for (int i = 0; i < children.size(); i++) {
      if (!excluded.contains(children.get(i).childId()) && (most < 0 || children.get(i).episodes().size() > children.get(most).episodes().size())) {
        most = i;
      }
    }
    if (most >= 0) {
      order.add(most);
    }
    for (int i = 0; i < Math.min(children.size(), candidates); i++) {
      if (!excluded.contains(children.get(i).childId())) {
        order.add(i);
      }
    }
    return List.copyOf(order);
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
    ANOTHER_CHILD,
    TWO_CHANGES
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
          Mutations.Setting last = new Mutations.Setting(year.previous().orElse(year), lastYearsDonors(setting));
          for (Mutations.Change c : Mutations.ofChild(previous.get(), last)) {
            out.add(new Mutation("last year's " + c.description(), child, Optional.of((Child) c.record()), true, Optional.empty()));
          }
        } else {
          // Last year's record of the child as this year's (a child recorded last year as now).
          out.add(new Mutation("a record for last year added, the same as this year's", child, Optional.of(child), true, Optional.empty()));
        }
      }
      case TWO_CHANGES -> {
        // searched apart (twoChanges)
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
    // whole-return rules that compare with last year's return (199) see the child's previous record
    RuleContext wholeReturn = previous.map(p -> context.withPreviousReturn(List.of(p))).orElse(context);
    for (ReturnRule rule : returnRules) {
      boolean[] hit = {false};
      try {
        ReturnRule.Accumulator acc = rule.newAccumulator(wholeReturn);
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
