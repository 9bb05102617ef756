package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.internal.rules.DoloPlacements.child;
import static io.github.cscreturns.validation.ssda903.internal.rules.DoloPlacements.episode;
import static io.github.cscreturns.validation.ssda903.internal.rules.DoloTester.YEAR;
import static io.github.cscreturns.validation.ssda903.internal.rules.DoloTester.day;
import static io.github.cscreturns.validation.ssda903.internal.rules.DoloTester.dolo;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.core.ssda903.DeprivationOfLiberty;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.RuleTester;
import org.junit.jupiter.api.Test;

class Rule710Test {
  private final Rule710 rule = new Rule710();

  @Test
  void firesOnTheOrderAndEachOverlappingEpisodeInAPlacementItRulesOut() {
    DeprivationOfLiberty order = dolo(day(2026, 6, 1), day(2026, 8, 1));
    Episode secure = episode(PlacementType.K1, day(2026, 4, 1), day(2026, 7, 1));
    Episode parents = episode(PlacementType.P1, day(2026, 7, 1), null);
    assertThat(RuleTester.flagged(rule, child(order, secure, parents), YEAR)).containsExactlyInAnyOrder(order, secure, parents);
  }

  @Test
  void silentOnOtherPlacementsAndEpisodesOutsideTheOrder() {
    DeprivationOfLiberty order = dolo(day(2026, 6, 1), day(2026, 8, 1));
    Episode yoiBefore = episode(PlacementType.R5, day(2026, 4, 1), day(2026, 5, 31));
    Episode home = episode(PlacementType.K2, day(2026, 5, 31), day(2026, 8, 2));
    Episode supportedAfter = episode(PlacementType.K3, day(2026, 8, 2), null);
    assertThat(RuleTester.flagged(rule, child(order, yoiBefore, home, supportedAfter), YEAR)).isEmpty();
  }
}
