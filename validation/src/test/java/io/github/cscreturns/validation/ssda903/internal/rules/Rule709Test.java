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

class Rule709Test {
  private final Rule709 rule = new Rule709();

  @Test
  void firesOnAnOrderOverlappingAnEpisodeInAnotherPlacementType() {
    DeprivationOfLiberty order = dolo(day(2026, 6, 1), day(2026, 8, 1));
    Episode home = episode(PlacementType.K2, day(2026, 4, 1), day(2026, 7, 1));
    Episode foster = episode(PlacementType.U4, day(2026, 7, 1), null);
    assertThat(RuleTester.flagged(rule, child(order, home, foster), YEAR)).containsExactly(order);
  }

  @Test
  void silentOnExpectedPlacementsEpisodesOutsideTheOrderAndOpenOrders() {
    DeprivationOfLiberty order = dolo(day(2026, 6, 1), day(2026, 8, 1));
    Episode before = episode(PlacementType.U4, day(2026, 4, 1), day(2026, 5, 31));
    Episode home = episode(PlacementType.K2, day(2026, 5, 31), day(2026, 8, 2));
    Episode other = episode(PlacementType.Z12, day(2026, 8, 2), day(2026, 9, 1));
    Episode after = episode(PlacementType.U4, day(2026, 9, 1), null);
    assertThat(RuleTester.flagged(rule, child(order, before, home, other, after), YEAR)).isEmpty();
    assertThat(RuleTester.flagged(rule, child(dolo(day(2026, 6, 1), null), episode(PlacementType.U4, day(2026, 4, 1), null)), YEAR)).isEmpty();
  }
}
