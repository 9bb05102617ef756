package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.episode;
import static io.github.cscreturns.validation.ssda903.internal.rules.LastYearTester.flaggedAgainst;
import static io.github.cscreturns.validation.ssda903.internal.rules.LastYearTester.flaggedWithoutLastYearsRecord;
import static io.github.cscreturns.validation.ssda903.internal.rules.LastYearTester.lastYearsChild;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.ImmutableEpisode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleNoETest {
  private final RuleNoE rule = new RuleNoE();
  private final CollectionYear y = CollectionYear.Y2023_24;
  private final ImmutableEpisode before = episode(y).build().withStart(LocalDate.of(2022, 11, 1)).withEnd(LocalDate.of(2023, 6, 1));
  private final ImmutableEpisode during = episode(y).build();
  private final Child now = child(y).episodes(List.of(before, during)).build();

  @Test
  void firesOnEpisodesStartedBeforeTheYearOfAChildWithNoEpisodeLastYear() {
    assertThat(flaggedWithoutLastYearsRecord(rule, y, now)).containsExactly(before);
    assertThat(flaggedAgainst(rule, y, now, lastYearsChild(y).episodes(List.of()).build())).containsExactly(before);
  }

  @Test
  void silentWhenLastYearHasEpisodesOrCareStartedThisYear() {
    assertThat(flaggedAgainst(rule, y, now, lastYearsChild(y).build())).isEmpty();
    assertThat(flaggedWithoutLastYearsRecord(rule, y, child(y).build())).isEmpty();
  }
}
