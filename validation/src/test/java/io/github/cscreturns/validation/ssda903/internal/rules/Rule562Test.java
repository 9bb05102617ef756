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

class Rule562Test {
  private final Rule562 rule = new Rule562();
  private final CollectionYear y = CollectionYear.Y2025_26;
  private final LocalDate lastYearsStart = LocalDate.of(2024, 6, 1);

  @Test
  void firesWhenTheEpisodeCarriedIntoTheYearIsNotLastYearsLatest() {
    ImmutableEpisode carried = episode(y).build().withStart(LocalDate.of(2024, 9, 1));
    Child now = child(y).episodes(List.of(carried)).build();
    assertThat(flaggedAgainst(rule, y, now, lastYearsChild(y).build())).containsExactly(carried);
    assertThat(flaggedWithoutLastYearsRecord(rule, y, now)).containsExactly(carried);
  }

  @Test
  void silentWhenItIsLastYearsLatestEpisodeOrCareStartedThisYear() {
    Child now = child(y).episodes(List.of(episode(y).build().withStart(lastYearsStart))).build();
    assertThat(flaggedAgainst(rule, y, now, lastYearsChild(y).build())).isEmpty();
    assertThat(flaggedWithoutLastYearsRecord(rule, y, child(y).build())).isEmpty();
  }
}
