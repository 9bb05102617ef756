package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.internal.rules.DoloTester.YEAR;
import static io.github.cscreturns.validation.ssda903.internal.rules.DoloTester.day;
import static io.github.cscreturns.validation.ssda903.internal.rules.DoloTester.dolo;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.DeprivationOfLiberty;
import io.github.cscreturns.validation.ssda903.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rule707Test {
  private final Rule707 rule = new Rule707();

  private static Child leftCare(DeprivationOfLiberty... orders) {
    return RuleTester.child(YEAR)
        .episodes(List.of(RuleTester.episode(YEAR).end(day(2026, 12, 1)).reasonCeased(ReasonEpisodeCeased.E11).build()))
        .deprivationsOfLiberty(List.of(orders))
        .build();
  }

  @Test
  void firesOnAnOpenOrderOfAChildWhoLeftCare() {
    DeprivationOfLiberty open = dolo(day(2026, 7, 1), null);
    assertThat(RuleTester.flagged(rule, leftCare(open, dolo(day(2026, 7, 1), day(2026, 12, 1))), YEAR)).containsExactly(open);
  }

  @Test
  void silentWhileStillLookedAfterOrWhenTheOrderEnded() {
    assertThat(RuleTester.flagged(rule, leftCare(dolo(day(2026, 7, 1), day(2026, 12, 1))), YEAR)).isEmpty();
    Child inCare = RuleTester.child(YEAR).deprivationsOfLiberty(List.of(dolo(day(2026, 7, 1), null))).build();
    assertThat(RuleTester.flagged(rule, inCare, YEAR)).isEmpty();
  }
}
