package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.internal.rules.LastYearTester.flaggedAgainst;
import static io.github.cscreturns.validation.ssda903.internal.rules.LastYearTester.lastYearsChild;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.LegalStatus;
import org.junit.jupiter.api.Test;

class Rule503BTest {
  private final Rule503B rule = new Rule503B();

  @Test
  void firesWhenTheFirstEpisodeDiffersFromLastYearsOpenOneAndSilentOtherwise() {
    FirstEpisodeChecks.assertFirstEpisodeMustRepeatTheOpenEpisode(rule, CollectionYear.Y2023_24, e -> e.withLegalStatus(LegalStatus.C1));
  }

  @Test
  void silentOnTheSameItemAsLastYearsOpenEpisode() {
    CollectionYear y = CollectionYear.Y2023_24;
    assertThat(flaggedAgainst(rule, y, child(y).build(), lastYearsChild(y).build())).isEmpty();
  }
}
