package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.internal.rules.DoloTester.YEAR;
import static io.github.cscreturns.validation.ssda903.internal.rules.DoloTester.day;
import static io.github.cscreturns.validation.ssda903.internal.rules.DoloTester.dolo;
import static io.github.cscreturns.validation.ssda903.internal.rules.LastYearTester.flaggedAgainst;
import static io.github.cscreturns.validation.ssda903.internal.rules.LastYearTester.lastYearsChild;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.DeprivationOfLiberty;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rule706Test {
  private final Rule706 rule = new Rule706();

  private Child lastYear(DeprivationOfLiberty... orders) {
    return lastYearsChild(YEAR).deprivationsOfLiberty(List.of(orders)).build();
  }

  @Test
  void firesWhenLastYearsOpenOrderIsNotThisYearsFirst() {
    Child last = lastYear(dolo(day(2025, 5, 1), day(2025, 6, 1)), dolo(day(2026, 1, 10), null));
    DeprivationOfLiberty other = dolo(day(2026, 4, 5), null);
    Child now = child(YEAR).deprivationsOfLiberty(List.of(other)).build();
    assertThat(flaggedAgainst(rule, YEAR, now, last)).containsExactly(other);
    Child none = child(YEAR).build();
    assertThat(flaggedAgainst(rule, YEAR, none, last)).containsExactly(none);
  }

  @Test
  void silentWhenTheOpenOrderIsCarriedOverOrNoneWasOpen() {
    Child last = lastYear(dolo(day(2026, 1, 10), null));
    Child now = child(YEAR).deprivationsOfLiberty(List.of(dolo(day(2026, 6, 1), null), dolo(day(2026, 1, 10), day(2026, 5, 1)))).build();
    assertThat(flaggedAgainst(rule, YEAR, now, last)).isEmpty();
    assertThat(flaggedAgainst(rule, YEAR, child(YEAR).build(), lastYear(dolo(day(2026, 1, 10), day(2026, 2, 1))))).isEmpty();
    assertThat(flaggedAgainst(rule, YEAR, child(YEAR).build(), lastYear())).isEmpty();
  }
}
