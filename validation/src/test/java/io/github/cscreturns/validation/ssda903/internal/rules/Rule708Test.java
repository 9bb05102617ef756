package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.internal.rules.DoloTester.day;
import static io.github.cscreturns.validation.ssda903.internal.rules.DoloTester.dolo;
import static io.github.cscreturns.validation.ssda903.internal.rules.DoloTester.flagged;
import static io.github.cscreturns.validation.ssda903.internal.rules.DoloTester.unreadable;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.core.ssda903.DeprivationOfLiberty;
import org.junit.jupiter.api.Test;

class Rule708Test {
  private final Rule708 rule = new Rule708();

  @Test
  void fires() {
    DeprivationOfLiberty beforeBirth = dolo(day(2016, 4, 30), null);
    assertThat(flagged(rule, beforeBirth, dolo(day(2026, 5, 1), null))).containsExactly(beforeBirth);
  }

  @Test
  void silentOnValidOrders() {
    assertThat(flagged(rule, dolo(day(2016, 5, 1), day(2026, 5, 1)))).isEmpty();
  }
}
