package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.internal.rules.DoloTester.day;
import static io.github.cscreturns.validation.ssda903.internal.rules.DoloTester.dolo;
import static io.github.cscreturns.validation.ssda903.internal.rules.DoloTester.flagged;
import static io.github.cscreturns.validation.ssda903.internal.rules.DoloTester.unreadable;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.core.ssda903.DeprivationOfLiberty;
import org.junit.jupiter.api.Test;

class Rule704Test {
  private final Rule704 rule = new Rule704();

  @Test
  void fires() {
    DeprivationOfLiberty before = dolo(day(2025, 1, 1), day(2026, 3, 31));
    DeprivationOfLiberty after = dolo(day(2026, 5, 1), day(2027, 4, 1));
    assertThat(flagged(rule, before, after)).containsExactly(before, after);
  }

  @Test
  void silentOnValidOrders() {
    assertThat(flagged(rule, dolo(day(2025, 1, 1), day(2026, 4, 1)), dolo(day(2026, 5, 1), day(2027, 3, 31)), dolo(day(2026, 5, 1), null))).isEmpty();
  }
}
