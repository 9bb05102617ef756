package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.internal.rules.DoloTester.day;
import static io.github.cscreturns.validation.ssda903.internal.rules.DoloTester.dolo;
import static io.github.cscreturns.validation.ssda903.internal.rules.DoloTester.flagged;
import static io.github.cscreturns.validation.ssda903.internal.rules.DoloTester.unreadable;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.core.ssda903.DeprivationOfLiberty;
import org.junit.jupiter.api.Test;

class Rule701Test {
  private final Rule701 rule = new Rule701();

  @Test
  void fires() {
    DeprivationOfLiberty bad = unreadable("DOLO_END", day(2026, 5, 1));
    assertThat(flagged(rule, bad, dolo(day(2026, 5, 1), null))).containsExactly(bad);
  }

  @Test
  void silentOnValidOrders() {
    assertThat(flagged(rule, dolo(day(2026, 5, 1), null), dolo(day(2026, 5, 1), day(2026, 7, 1)))).isEmpty();
  }
}
