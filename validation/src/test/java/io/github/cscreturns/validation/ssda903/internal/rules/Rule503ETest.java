package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.internal.rules.LastYearTester.flaggedAgainst;
import static io.github.cscreturns.validation.ssda903.internal.rules.LastYearTester.lastYearsChild;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.PlacementProvider;
import org.junit.jupiter.api.Test;

class Rule503ETest {
  private final Rule503E rule = new Rule503E();

  @Test
  void firesWhenTheFirstEpisodeDiffersFromLastYearsOpenOneAndSilentOtherwise() {
    FirstEpisodeChecks.assertFirstEpisodeMustRepeatTheOpenEpisode(rule, CollectionYear.Y2025_26, e -> e.withPlacement(io.github.cscreturns.core.ssda903.ImmutablePlacement.copyOf(e.placement()).withProvider(PlacementProvider.PR2)));
  }

  @Test
  void silentOnTheSameItemAsLastYearsOpenEpisode() {
    CollectionYear y = CollectionYear.Y2025_26;
    assertThat(flaggedAgainst(rule, y, child(y).build(), lastYearsChild(y).build())).isEmpty();
  }
}
