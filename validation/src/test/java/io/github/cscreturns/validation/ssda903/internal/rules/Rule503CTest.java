package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.internal.rules.LastYearTester.flaggedAgainst;
import static io.github.cscreturns.validation.ssda903.internal.rules.LastYearTester.lastYearsChild;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.CategoryOfNeed;
import org.junit.jupiter.api.Test;

class Rule503CTest {
  private final Rule503C rule = new Rule503C();

  @Test
  void firesWhenTheFirstEpisodeDiffersFromLastYearsOpenOneAndSilentOtherwise() {
    FirstEpisodeChecks.assertFirstEpisodeMustRepeatTheOpenEpisode(rule, CollectionYear.Y2024_25, e -> e.withCategoryOfNeed(CategoryOfNeed.N2));
  }

  @Test
  void silentOnTheSameItemAsLastYearsOpenEpisode() {
    CollectionYear y = CollectionYear.Y2024_25;
    assertThat(flaggedAgainst(rule, y, child(y).build(), lastYearsChild(y).build())).isEmpty();
  }
}
