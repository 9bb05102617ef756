package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.episode;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.validation.ssda903.RuleTester;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.codesets.ssda903.ReasonNewEpisode;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.ImmutableEpisode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class Rule142Test {
  private final Rule142 rule = new Rule142();
  private static final CollectionYear YEAR = CollectionYear.Y2024_25;

  private static ImmutableEpisode starting(int month, int day) {
    return episode(YEAR).start(LocalDate.of(2024, month, day)).reasonNewEpisode(ReasonNewEpisode.P).build();
  }

  @Test
  void firesOnEarlierEpisodesLeftOpenOrWithoutReason() {
    ImmutableEpisode first = starting(5, 1); // no DEC, no REC
    ImmutableEpisode second = starting(6, 1).withEnd(LocalDate.of(2024, 7, 1)); // REC missing
    ImmutableEpisode last = starting(7, 1);
    Child c = child(YEAR).episodes(List.of(last, second, first)).build();
    assertThat(flagged(rule, c, YEAR)).containsExactlyInAnyOrder(first, second);
  }

  @Test
  void silentWhenEveryEarlierEpisodeEnded() {
    assertThat(flagged(rule, child(YEAR).build(), YEAR)).isEmpty();
    ImmutableEpisode first = starting(5, 1).withEnd(LocalDate.of(2024, 6, 1)).withReasonCeased(ReasonEpisodeCeased.X1);
    ImmutableEpisode last = starting(6, 1);
    assertThat(flagged(rule, child(YEAR).episodes(List.of(first, last)).build(), YEAR)).isEmpty();
  }

  @Test
  void aDecThatIsNotADateHasNotEnded() {
    ImmutableEpisode first =
        starting(5, 1).withUnparsed(java.util.Map.of("DEC", "31/06/2024")).withReasonCeased(ReasonEpisodeCeased.X1);
    ImmutableEpisode last = starting(6, 1);
    assertThat(flagged(rule, child(YEAR).episodes(List.of(first, last)).build(), YEAR)).containsExactly(first);
  }

  @Test
  void anUndatedEpisodeCountsAsTheLatest() {
    ImmutableEpisode undated = episode(YEAR).start(Optional.empty()).build();
    ImmutableEpisode open = starting(6, 1);
    assertThat(flagged(rule, child(YEAR).episodes(List.of(undated, open)).build(), YEAR)).containsExactly(open);
  }

  @Test
  void ofTwoEpisodesStartingTheSameDayTheFirstInTheReturnIsTheLatest() {
    ImmutableEpisode first = starting(6, 1);
    ImmutableEpisode second = starting(6, 1);
    assertThat(flagged(rule, child(YEAR).episodes(List.of(first, second)).build(), YEAR)).containsExactly(second);
  }
}
