package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.internal.rules.LastYearTester.flaggedAgainst;
import static io.github.cscreturns.validation.ssda903.internal.rules.LastYearTester.lastYearsChild;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.ReasonNewEpisode;
import org.junit.jupiter.api.Test;

class Rule503ATest {
  private final Rule503A rule = new Rule503A();

  @Test
  void firesWhenTheFirstEpisodeDiffersFromLastYearsOpenOneAndSilentOtherwise() {
    FirstEpisodeChecks.assertFirstEpisodeMustRepeatTheOpenEpisode(rule, CollectionYear.Y2022_23, e -> e.withReasonNewEpisode(ReasonNewEpisode.P));
  }

  @Test
  void silentOnTheSameItemAsLastYearsOpenEpisode() {
    CollectionYear y = CollectionYear.Y2022_23;
    assertThat(flaggedAgainst(rule, y, child(y).build(), lastYearsChild(y).build())).isEmpty();
  }
}
