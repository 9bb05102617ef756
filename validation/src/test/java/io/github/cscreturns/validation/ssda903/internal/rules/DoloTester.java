package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.DeprivationOfLiberty;
import io.github.cscreturns.core.ssda903.Ssda903Record;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleTester;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Deprivation of liberty orders (table DoLo, 2026-27) for the 700 rules' tests. */
final class DoloTester {
  static final CollectionYear YEAR = CollectionYear.Y2026_27;

  private DoloTester() {}

  static LocalDate day(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  /** An order from start to end (either may be null: blank). */
  static DeprivationOfLiberty dolo(LocalDate start, LocalDate end) {
    var b = DeprivationOfLiberty.builder();
    if (start != null) {
      b.start(start);
    }
    if (end != null) {
      b.end(end);
    }
    return b.build();
  }

  /** An order whose item was written as text that is not a date. */
  static DeprivationOfLiberty unreadable(String item, LocalDate other) {
    var b = DeprivationOfLiberty.builder().putAllUnparsed(Map.of(item, "31/02/2026"));
    return item.equals("DOLO_START") ? b.end(other).build() : b.start(other).build();
  }

  /** What the rule flags on the baseline 2026-27 child with these orders. */
  static List<Ssda903Record> flagged(Rule rule, DeprivationOfLiberty... orders) {
    Child child = RuleTester.child(YEAR).deprivationsOfLiberty(List.of(orders)).build();
    return RuleTester.flagged(rule, child, YEAR);
  }
}
