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
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class Rule502Test {
  private final Rule502 rule = new Rule502();
  private final CollectionYear y = CollectionYear.Y2024_25;
  private final LocalDate started = LocalDate.of(2023, 6, 1);

  @Test
  void firesWhenTheFirstEpisodeDoesNotStartWhenLastYearsOpenEpisodeDid() {
    ImmutableEpisode first = episode(y).build().withStart(LocalDate.of(2024, 4, 1));
    Child now = child(y).episodes(List.of(episode(y).build(), first)).build();
    assertThat(flaggedAgainst(rule, y, now, lastYearsChild(y).build())).containsExactly(first);
  }

  @Test
  void silentWhenItCarriesOnLastYearsOpenEpisode() {
    ImmutableEpisode carriedOn = episode(y).build().withStart(started);
    assertThat(flaggedAgainst(rule, y, child(y).episodes(List.of(carriedOn)).build(), lastYearsChild(y).build())).isEmpty();
    // "1/6/2023" names the same day.
    ImmutableEpisode writtenShort = episode(y).build().withStart(Optional.empty()).withUnparsed(Map.of("DECOM", "1/6/2023"));
    assertThat(flaggedAgainst(rule, y, child(y).episodes(List.of(writtenShort)).build(), lastYearsChild(y).build())).isEmpty();
    ImmutableEpisode ceased = episode(y.previous().orElseThrow()).build().withEnd(LocalDate.of(2023, 9, 1));
    assertThat(flaggedAgainst(rule, y, child(y).build(), lastYearsChild(y).episodes(List.of(ceased)).build())).isEmpty();
    assertThat(flaggedWithoutLastYearsRecord(rule, y, child(y).build())).isEmpty();
  }
}
