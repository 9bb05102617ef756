package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.internal.rules.LastYearTester.flaggedAgainst;
import static io.github.cscreturns.validation.ssda903.internal.rules.LastYearTester.lastYearsChild;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.Urn;
import org.junit.jupiter.api.Test;

class Rule503FTest {
  private final Rule503F rule = new Rule503F();

  @Test
  void firesWhenTheFirstEpisodeDiffersFromLastYearsOpenOneAndSilentOtherwise() {
    FirstEpisodeChecks.assertFirstEpisodeMustRepeatTheOpenEpisode(rule, CollectionYear.Y2026_27, e -> e.withPlacement(io.github.cscreturns.core.ssda903.ImmutablePlacement.copyOf(e.placement()).withUrn(Urn.of("SC999999"))));
  }

  @Test
  void silentOnTheSameItemAsLastYearsOpenEpisode() {
    CollectionYear y = CollectionYear.Y2026_27;
    assertThat(flaggedAgainst(rule, y, child(y).build(), lastYearsChild(y).build())).isEmpty();
  }
}
