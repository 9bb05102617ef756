package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.internal.rules.DoloTester.day;
import static io.github.cscreturns.validation.ssda903.internal.rules.DoloTester.dolo;
import static io.github.cscreturns.validation.ssda903.internal.rules.DoloTester.flagged;
import static io.github.cscreturns.validation.ssda903.internal.rules.DoloTester.unreadable;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.core.ssda903.DeprivationOfLiberty;
import org.junit.jupiter.api.Test;

class Rule702Test {
  private final Rule702 rule = new Rule702();

  @Test
  void fires() {
    DeprivationOfLiberty backwards = dolo(day(2026, 8, 1), day(2026, 7, 31));
    assertThat(flagged(rule, backwards)).containsExactly(backwards);
  }

  @Test
  void silentOnValidOrders() {
    assertThat(flagged(rule, dolo(day(2026, 8, 1), day(2026, 8, 1)), dolo(day(2026, 8, 1), null))).isEmpty();
  }
}
