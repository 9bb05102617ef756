package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Ssda903Record;
import io.github.cscreturns.core.ssda903.Uasc;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleTester;
import java.time.LocalDate;
import java.util.List;

/** UASC records this year and last (a CSV return: a UASC row makes the child UASC), for the 205 tests. */
final class UascYears {
  static final CollectionYear YEAR = CollectionYear.Y2024_25;

  private UascYears() {}

  /** The baseline child's date of birth. */
  static LocalDate dob() {
    return RuleTester.child(YEAR).build().dob().orElseThrow();
  }

  /** A UASC record with the DOB of the baseline child and the DUC (null: blank). */
  static Uasc uasc(LocalDate ceased) {
    var b = Uasc.builder().dob(dob());
    if (ceased != null) {
      b.ceasedDate(ceased);
    }
    return b.build();
  }

  static Child child(CollectionYear year, Uasc... records) {
    return RuleTester.child(year).uasc(List.of(records)).build();
  }

  /** What the rule flags on this year's child with {@code now} (none: not UASC), against last year's with {@code last}. */
  static List<Ssda903Record> flagged(Rule rule, List<Uasc> now, List<Uasc> last) {
    Child thisYear = child(YEAR, now.toArray(Uasc[]::new));
    return LastYearTester.flaggedAgainst(rule, YEAR, thisYear, child(YEAR.previous().orElseThrow(), last.toArray(Uasc[]::new)));
  }
}
