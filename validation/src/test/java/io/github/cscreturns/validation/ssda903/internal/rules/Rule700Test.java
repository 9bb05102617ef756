package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.internal.rules.DoloTester.day;
import static io.github.cscreturns.validation.ssda903.internal.rules.DoloTester.dolo;
import static io.github.cscreturns.validation.ssda903.internal.rules.DoloTester.flagged;
import static io.github.cscreturns.validation.ssda903.internal.rules.DoloTester.unreadable;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.core.ssda903.DeprivationOfLiberty;
import org.junit.jupiter.api.Test;

class Rule700Test {
  private final Rule700 rule = new Rule700();

  @Test
  void fires() {
    DeprivationOfLiberty blank = dolo(null, day(2026, 9, 1));
    DeprivationOfLiberty bad = unreadable("DOLO_START", day(2026, 9, 1));
    assertThat(flagged(rule, blank, bad, dolo(day(2026, 5, 1), null))).containsExactly(blank, bad);
  }

  @Test
  void silentOnValidOrders() {
    assertThat(flagged(rule, dolo(day(2026, 5, 1), null), dolo(day(2025, 5, 1), day(2026, 6, 1)))).isEmpty();
  }
}
