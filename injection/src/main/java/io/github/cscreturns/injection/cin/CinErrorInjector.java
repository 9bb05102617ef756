package io.github.cscreturns.injection.cin;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.codesets.cin.CinCodesets;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinHeader;
import io.github.cscreturns.core.cin.CinReturn;
import io.github.cscreturns.injection.cin.ChildElements.Located;
import io.github.cscreturns.serialization.cin.CinXml;
import io.github.cscreturns.serialization.cin.CinXmlWriter;
import io.github.cscreturns.validation.Finding;
import io.github.cscreturns.validation.Severity;
import io.github.cscreturns.validation.ValidationReport;
import io.github.cscreturns.validation.cin.CinRuleLevel;
import io.github.cscreturns.validation.cin.CinRuleMetadata;
import io.github.cscreturns.validation.cin.CinRuleSet;
import io.github.cscreturns.validation.cin.CinValidator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Makes chosen DfE CIN rules fire in a return: changes one child so that the rule fires and, as far
 * as the DfE's rules allow, no other error rule.
 *
 * <p>There are no recipes per rule. The child is written as the DfE's XML and changed one element at
 * a time with operators named in the return's words: blank or remove an item; set a code to each code
 * of its codeset (of any year), to its lower case, or to text that is no code; move a date to the day
 * before, of or after another of the child's dates, the census period's ends, or dates at the ages
 * and working-day limits the rules use; write a date that is no date; remove or repeat a group
 * (an episode, assessment, section 47 enquiry, plan, review, disability or factor); add an optional
 * item a group lacks; give the child another child's LA child ID or UPN. Each changed child is read
 * back and checked alone (with the other child where one is shared) by the year's rules; the change
 * kept is the first that fires the rule with the fewest other error rules.
 *
 * <p>Rules of the whole return (proportions and counts over every child: {@link CinRuleLevel#RETURN})
 * cannot be made to fire by one child, nor rules of the header alone (100), and are not injected
 * ({@link #checks} is false for them).
 * Deterministic: the same return, rule set and rules give the same changes.
 *
 * <pre>{@code
 * CinErrorInjector injector = CinErrorInjector.of(CinRuleSet.forYear(year), cin);
 * Map<String, CinInjection> made = injector.injectEach(List.of("8610", "8840"));
 * CinReturn broken = injector.apply(made.values());
 * }</pre>
 *
 * @since 2022-23
 */
public final class CinErrorInjector {
  /** Items a group may lack, which the reader accepts in any order: what "add an item" adds. */
  private static final Map<String, List<String>> OPTIONAL_ITEMS = Map.of(
      "ChildIdentifiers", List.of("UPN", "FormerUPN", "UPNunknown", "PersonBirthDate", "ExpectedPersonBirthDate", "PersonDeathDate"),
      "CINdetails", List.of("PrimaryNeedCode", "CINclosureDate", "ReasonForClosure", "DateOfInitialCPC"),
      "Assessments", List.of("AssessmentInternalReviewDate", "AssessmentAuthorisationDate"),
      "Section47", List.of("InitialCPCtarget", "DateOfInitialCPC"),
      "ChildProtectionPlans", List.of("CPPendDate"),
      "CINPlanDates", List.of("CINPlanEndDate"));

  private final CinRuleSet rules;
  private final CinValidator validator;
  private final CinReturn cin;
  private final String headerXml;
  private final LocalDate referenceDate;
  private final LocalDate censusStart;
  private final int candidates;
  private final Map<String, Severity> severities = new LinkedHashMap<>();


  private CinErrorInjector(CinRuleSet rules, CinReturn cin, int candidates) {
    this.rules = rules;
    this.validator = CinValidator.of(rules);
    this.cin = cin;
    this.candidates = candidates;
    this.referenceDate = CinReturn.referenceDateOf(rules.year());
    this.censusStart = referenceDate.minusYears(1).plusDays(1);
    for (CinRuleMetadata m : rules.catalogue().rules()) {
      severities.put(m.code(), m.severity());
    }
    String written = write(cin.header(), List.of());
    int from = written.indexOf("<Header>");
    int to = written.indexOf("</Header>");
    this.headerXml = from < 0 ? "" : written.substring(from, to + "</Header>".length());
  }

  /**
   * An injector for the return, trying the first 50 children.
   *
   * @param rules the year's rule set
   * @param cin the return, valid under the rules to be injected
   * @return an injector for the return
   */
  public static CinErrorInjector of(CinRuleSet rules, CinReturn cin) {
    return of(rules, cin, 50);
  }

  /**
   * An injector for the return, trying at most the first {@code candidates} children.
   *
   * @param rules the year's rule set
   * @param cin the return
   * @param candidates how many children (from the first) to try
   * @return an injector for the return
   */
  public static CinErrorInjector of(CinRuleSet rules, CinReturn cin, int candidates) {
    if (candidates < 1) {
      throw new IllegalArgumentException("At least one candidate child is needed");
    }
    return new CinErrorInjector(rules, cin, candidates);
  }

  /**
   * Whether the injector can try the rule: implemented in the rule set, and judged on a child's records
   * (a rule of the whole return cannot be made to fire by one child, nor a rule of the header alone by
   * a child).
   *
   * @param rule the DfE rule code
   * @return whether the injector can try the rule
   */
  public boolean checks(String rule) {
    return rules.isImplemented(rule)
        && rules.catalogue().rule(rule).map(m -> m.level() == CinRuleLevel.RECORD && !m.tables().equals(List.of("Header"))).orElse(false);
  }

  /**
   * Each rule made to fire on a child of its own: children are tried in return order for the rules
   * that have none yet, and rules and children matched as they are found (a rule may move to another
   * child of its own to free one another rule needs), preferring the change that fires the fewest
   * other error rules; a rule no tried change fires is left out.
   *
   * @param rulesInOrder the DfE rule codes, in the order children are given out
   * @return each rule's change, in the order given
   */
  public Map<String, CinInjection> injectEach(List<String> rulesInOrder) {
    Set<String> wanted = new LinkedHashSet<>();
    for (String r : rulesInOrder) {
      if (checks(r)) {
        wanted.add(r);
      }
    }
    // Children in return order, each tried for the rules that have none yet; a rule and child are
    // matched as they are found, by augmenting paths (Kuhn), so that a child one rule needs can be
    // freed by moving another rule to another child of its own.
    Map<String, List<CinInjection>> options = new LinkedHashMap<>();
    wanted.forEach(r -> options.put(r, new ArrayList<>()));
    Map<Integer, String> ruleOfChild = new HashMap<>();
    Set<String> matched = new HashSet<>();
    int limit = Math.min(cin.children().size(), Math.max(candidates, wanted.size() * 2));
    for (int i = 0; i < limit && matched.size() < wanted.size(); i++) {
      List<String> need = wanted.stream().filter(r -> !matched.contains(r)).toList();
      Map<String, CinInjection> found = bestChanges(i, need);
      found.forEach((r, made) -> options.get(r).add(made));
      for (String r : need) {
        if (found.containsKey(r) && augment(r, options, ruleOfChild, new HashSet<>())) {
          matched.add(r);
        }
      }
    }
    Map<String, CinInjection> made = new LinkedHashMap<>();
    ruleOfChild.forEach((child, r) -> options.get(r).stream().filter(o -> o.childIndex() == child).findFirst().ifPresent(o -> made.put(r, o)));
    Map<String, CinInjection> ordered = new LinkedHashMap<>();
    for (String r : wanted) {
      if (made.containsKey(r)) {
        ordered.put(r, made.get(r));
      }
    }
    return ordered;
  }

  /**
   * Kuhn's augmenting path: gives {@code rule} a child, a free one if it has one (fewest other error
   * rules first), else one held by a rule that can move to another child of its own.
   */
  private static boolean augment(String rule, Map<String, List<CinInjection>> options, Map<Integer, String> ruleOfChild, Set<Integer> visited) {
    List<CinInjection> mine = new ArrayList<>(options.get(rule));
    mine.sort(java.util.Comparator.comparingInt((CinInjection o) -> o.otherErrorRules().size()));
    for (CinInjection o : mine) {
      if (!ruleOfChild.containsKey(o.childIndex()) && visited.add(o.childIndex())) {
        ruleOfChild.put(o.childIndex(), rule);
        return true;
      }
    }
    for (CinInjection o : mine) {
      int child = o.childIndex();
      if (visited.add(child)) {
        String holder = ruleOfChild.get(child);
        if (holder != null && !holder.equals(rule) && augment(holder, options, ruleOfChild, visited)) {
          ruleOfChild.put(child, rule);
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The rule made to fire on the first child (in return order) where a change fires it.
   *
   * @param rule the DfE rule code
   * @return the change, if one of the tried children and changes fires the rule
   */
  public Optional<CinInjection> inject(String rule) {
    if (!checks(rule)) {
      return Optional.empty();
    }
    for (int i = 0; i < Math.min(candidates, cin.children().size()); i++) {
      CinInjection found = bestChanges(i, List.of(rule)).get(rule);
      if (found != null) {
        return Optional.of(found);
      }
    }
    return Optional.empty();
  }

  /**
   * The return with the changes made (each to its own child).
   *
   * @param injections changes from this injector, each to a different child
   * @return the return with the changed children in place
   * @throws IllegalArgumentException if two changes are to the same child
   */
  public CinReturn apply(Collection<CinInjection> injections) {
    List<CinChild> children = new ArrayList<>(cin.children());
    Set<Integer> seen = new HashSet<>();
    for (CinInjection in : injections) {
      if (!seen.add(in.childIndex())) {
        throw new IllegalArgumentException("Two changes to child " + in.childIndex() + "; give each rule a child of its own");
      }
      children.set(in.childIndex(), in.changed());
    }
    return CinReturn.builder().from(cin).children(children).build();
  }

  // ------------------------------------------------------------------ search

  /** For each wanted rule, the change of child {@code i} that fires it with the fewest other error rules. */
  private Map<String, CinInjection> bestChanges(int i, List<String> wanted) {
    Map<String, CinInjection> best = new LinkedHashMap<>();
    if (wanted.isEmpty()) {
      return best;
    }
    CinChild child = cin.children().get(i);
    String childXml = write(Optional.empty(), List.of(child));
    ChildElements tree = ChildElements.parse(childXml, "Child");
    Set<String> already = firing(validator, List.of(child), child);
    Set<String> want = new LinkedHashSet<>(wanted);
    want.removeAll(already);
    CinValidator[] wantedOnly = {CinValidator.of(rules.only(want))};
    mutations(tree, i, (description, changed, partner) -> {
      if (want.isEmpty()) {
        return;
      }
      Optional<CinChild> read = read(changed);
      if (read.isEmpty()) {
        return;
      }
      List<CinChild> checked = partner == null ? List.of(read.get()) : List.of(read.get(), partner);
      // the wanted rules first, alone (cheap); all the rules only where one of them fires
      Set<String> firedWanted = firing(wantedOnly[0], checked, read.get());
      firedWanted.removeAll(already);
      if (firedWanted.isEmpty()) {
        return;
      }
      Set<String> fired = firing(validator, checked, read.get());
      fired.removeAll(already);
      for (String r : List.copyOf(want)) {
        if (fired.contains(r)) {
          Set<String> others = new TreeSet<>(fired);
          others.remove(r);
          others.removeIf(o -> severities.get(o) != Severity.ERROR);
          CinInjection before = best.get(r);
          if (before == null || others.size() < before.otherErrorRules().size()) {
            best.put(r, new CinInjection(r, i, description, read.get(), others));
            if (others.isEmpty()) {
              want.remove(r);
              wantedOnly[0] = CinValidator.of(rules.only(want));
            }
          }
        }
      }
    });
    return best;
  }

  /**
   * The rules that flag a record of the first child when the children are checked together (the
   * second, if any, is the child it shares an identifier with: its own findings are not counted,
   * unless the first child's LA child ID is the same).
   */
  private Set<String> firing(CinValidator with, List<CinChild> children, CinChild subject) {
    ValidationReport report = with.validate(cin.header(), children.iterator());
    Set<String> fired = new HashSet<>();
    String id = subject.childIdText();
    for (Finding f : report.findings()) {
      boolean ours = children.size() == 1 || f.childId().map(c -> c.value().equals(id)).orElse(id.isEmpty());
      if (ours && !f.table().equals("Header")) {
        fired.add(f.ruleCode());
      }
    }
    return fired;
  }

  private Optional<CinChild> read(String childXml) {
    String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Message>" + headerXml + "<Children>" + childXml + "</Children></Message>\n";
    try {
      List<CinChild> children = CinXml.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "changed.xml").children();
      return children.size() == 1 ? Optional.of(children.get(0)) : Optional.empty();
    } catch (RuntimeException e) {
      return Optional.empty(); // a change the reader refuses is no change a return can carry
    }
  }

  private static String write(Optional<CinHeader> header, List<CinChild> children) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (CinXmlWriter w = CinXml.writer(out, header)) {
      w.writeAll(children);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Receives each changed child (as XML), its description, and the other child it shares an item with. */
  private interface Changes {
    void accept(String description, String childXml, @org.jspecify.annotations.Nullable CinChild partner);
  }

  private void mutations(ChildElements tree, int index, Changes out) {
    List<Located> all = tree.all();
    List<LocalDate> dates = new ArrayList<>();
    for (Located l : all) {
      date(l.element()).ifPresent(dates::add);
    }
    for (int k = 0; k < all.size(); k++) {
      Located at = all.get(k);
      ChildElements e = at.element();
      if (e.isLeaf()) {
        String path = at.path();
        String original = e.text;
        Consumer<String> set = v -> {
          e.text = v;
          out.accept(path + ": " + describe(v), text(tree), null);
          e.text = original;
        };
        set.accept("");
        Optional<LocalDate> d = date(e);
        if (d.isPresent()) {
          for (LocalDate to : dateCandidates(dates)) {
            if (!to.equals(d.get())) {
              set.accept(to.toString());
            }
          }
          set.accept(d.get().getYear() + "-02-30");
          set.accept(d.get().getDayOfMonth() + "/" + d.get().getMonthValue() + "/" + d.get().getYear());
        }
        Optional<Codeset<?>> codes = CinCodesets.forItem(e.name);
        if (codes.isPresent()) {
          for (Code c : codes.get().codes()) {
            if (!c.code().equals(original)) {
              set.accept(c.code());
            }
          }
          if (original != null && !original.equals(original.toLowerCase(Locale.ROOT))) {
            set.accept(original.toLowerCase(Locale.ROOT));
          }
          set.accept("XX");
        }
        identifierChanges(e, original, set);
        if (e.name.equals("NumberOfPreviousCPP")) {
          set.accept("-1");
          set.accept("x");
        }
        // removed
        int pos = at.parent().children.indexOf(e);
        at.parent().children.remove(pos);
        out.accept(path + ": removed", text(tree), null);
        at.parent().children.add(pos, e);
      } else if (at.parent() != null) {
        String path = at.path();
        List<ChildElements> siblings = at.parent().children;
        int pos = siblings.indexOf(e);
        siblings.remove(pos);
        out.accept(path + ": group removed", text(tree), null);
        siblings.add(pos, e);
        ChildElements again = e.copy();
        siblings.add(pos + 1, again);
        out.accept(path + ": group repeated", text(tree), null);
        for (int j = 0; j < again.children.size(); j++) {
          ChildElements item = again.children.get(j);
          if (item.isLeaf() && OPTIONAL_ITEMS.getOrDefault(e.name, List.of()).contains(item.name)) {
            again.children.remove(j);
            out.accept(path + ": group repeated without its " + item.name, text(tree), null);
            int own = e.children.indexOf(e.children.stream().filter(c -> c.name.equals(item.name)).findFirst().orElse(item));
            if (own >= 0) {
              ChildElements mine = e.children.remove(own);
              out.accept(path + ": group repeated, neither with its " + item.name, text(tree), null);
              e.children.add(own, mine);
            }
            again.children.add(j, item);
          }
        }
        siblings.remove(pos + 1);
        for (String item : OPTIONAL_ITEMS.getOrDefault(e.name, List.of())) {
          if (e.children.stream().noneMatch(c -> c.name.equals(item))) {
            for (String value : itemCandidates(item, dates)) {
              ChildElements added = new ChildElements(item, value);
              e.children.add(added);
              out.accept(path + "/" + item + ": added as " + describe(value), text(tree), null);
              e.children.remove(added);
            }
          }
        }
      }
    }
    // Another child's identifiers, checked beside that child.
    if (cin.children().size() > 1) {
      CinChild other = cin.children().get(index == 0 ? 1 : 0);
      for (Located l : all) {
        ChildElements e = l.element();
        if (e.isLeaf() && (e.name.equals("LAchildID") || e.name.equals("UPN"))) {
          Optional<String> theirs =
              e.name.equals("LAchildID")
                  ? other.identifiers().laChildId().map(c -> c.value())
                  : other.identifiers().upn().map(u -> u.value());
          if (theirs.isPresent()) {
            String original = e.text;
            e.text = theirs.get();
            out.accept(l.path() + ": set to another child's", text(tree), other);
            e.text = original;
          }
        }
      }
    }
  }

  private void identifierChanges(ChildElements e, @org.jspecify.annotations.Nullable String original, Consumer<String> set) {
    if (original == null || original.isEmpty()) {
      return;
    }
    switch (e.name) {
      case "LAchildID" -> {
        set.accept(original + "-1");
        set.accept((original + "X".repeat(21)).substring(0, 21));
      }
      case "UPN", "FormerUPN" -> {
        set.accept(original.toLowerCase(Locale.ROOT));
        set.accept(original.substring(0, original.length() - 1));
        if (original.length() == 13) {
          char first = original.charAt(0);
          set.accept((first == 'A' ? 'B' : 'A') + original.substring(1));
          set.accept(first + "000" + original.substring(4));
          set.accept(first + original.substring(1, 12) + "I");
        }
      }
      default -> { }
    }
  }

  private List<String> itemCandidates(String item, List<LocalDate> dates) {
    Optional<Codeset<?>> codes = CinCodesets.forItem(item);
    if (codes.isPresent()) {
      return codes.get().codes().stream().map(c -> (String) c.code()).toList();
    }
    if (item.equals("UPN") || item.equals("FormerUPN")) {
      return List.of("A318200124001", "X");
    }
    return dateCandidates(dates).stream().map(LocalDate::toString).toList();
  }

  /** The dates a date is moved to: next to the child's other dates, the census period's ends and the rules' limits. */
  private List<LocalDate> dateCandidates(List<LocalDate> childDates) {
    Set<LocalDate> out = new TreeSet<>();
    for (LocalDate d : childDates) {
      out.add(d.minusDays(1));
      out.add(d);
      out.add(d.plusDays(1));
    }
    for (LocalDate d : List.of(censusStart, referenceDate)) {
      out.add(d.minusDays(1));
      out.add(d);
      out.add(d.plusDays(1));
    }
    out.add(referenceDate.minusYears(4).plusDays(1));
    out.add(referenceDate.minusYears(6).minusDays(1));
    out.add(referenceDate.minusYears(26));
    out.add(referenceDate.minusDays(31));
    out.add(referenceDate.minusDays(100));
    out.add(referenceDate.plusMonths(10));
    out.add(referenceDate.plusYears(1));
    out.add(censusStart.minusYears(1));
    return new ArrayList<>(out);
  }

  private static Optional<LocalDate> date(ChildElements e) {
    if (!e.isLeaf() || e.text == null || e.text.length() != 10) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(e.text));
    } catch (DateTimeParseException ex) {
      return Optional.empty();
    }
  }

  private static String describe(String value) {
    return value.isEmpty() ? "blanked" : "set to " + value;
  }

  private static String text(ChildElements tree) {
    StringBuilder b = new StringBuilder(2048);
    tree.write(b);
    return b.toString();
  }
}
