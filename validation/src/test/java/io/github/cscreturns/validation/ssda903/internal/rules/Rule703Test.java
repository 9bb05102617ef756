package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.internal.rules.DoloTester.day;
import static io.github.cscreturns.validation.ssda903.internal.rules.DoloTester.dolo;
import static io.github.cscreturns.validation.ssda903.internal.rules.DoloTester.flagged;
import static io.github.cscreturns.validation.ssda903.internal.rules.DoloTester.unreadable;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.core.ssda903.DeprivationOfLiberty;
import org.junit.jupiter.api.Test;

class Rule703Test {
  private final Rule703 rule = new Rule703();

  @Test
  void fires() {
    DeprivationOfLiberty late = dolo(day(2027, 4, 1), null);
    assertThat(flagged(rule, late, dolo(day(2027, 3, 31), null))).containsExactly(late);
  }

  @Test
  void silentOnValidOrders() {
    assertThat(flagged(rule, dolo(day(2027, 3, 31), null), dolo(day(2024, 1, 1), day(2026, 5, 1)))).isEmpty();
  }
}
