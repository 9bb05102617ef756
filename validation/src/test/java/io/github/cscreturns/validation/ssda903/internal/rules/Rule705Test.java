package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.internal.rules.DoloTester.day;
import static io.github.cscreturns.validation.ssda903.internal.rules.DoloTester.dolo;
import static io.github.cscreturns.validation.ssda903.internal.rules.DoloTester.flagged;
import static io.github.cscreturns.validation.ssda903.internal.rules.DoloTester.unreadable;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.core.ssda903.DeprivationOfLiberty;
import org.junit.jupiter.api.Test;

class Rule705Test {
  private final Rule705 rule = new Rule705();

  @Test
  void fires() {
    DeprivationOfLiberty open = dolo(day(2026, 4, 10), null);
    DeprivationOfLiberty second = dolo(day(2026, 6, 1), day(2026, 7, 1));
    DeprivationOfLiberty overlapping = dolo(day(2026, 6, 20), null);
    assertThat(flagged(rule, second, open, overlapping)).containsExactly(second, overlapping);
  }

  @Test
  void silentOnValidOrders() {
    assertThat(flagged(rule, dolo(day(2026, 6, 1), null), dolo(day(2026, 4, 10), day(2026, 6, 1)))).isEmpty();
  }
}
