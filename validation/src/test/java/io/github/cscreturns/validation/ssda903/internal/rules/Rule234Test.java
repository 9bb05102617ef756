package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.episode;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.codesets.ssda903.ReasonNewEpisode;
import io.github.cscreturns.codesets.ssda903.ReasonPlacementChange;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.ImmutableEpisode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class Rule234Test {
  private final Rule234 rule = new Rule234();
  private static final CollectionYear YEAR = CollectionYear.Y2025_26;
  private static final LocalDate DOB = LocalDate.of(2015, 9, 1); // 10 on 1 September 2025

  private static ImmutableEpisode custody(LocalDate start, LocalDate end) {
    return episode(YEAR).start(start).end(end).reasonCeased(ReasonEpisodeCeased.X1).reasonPlaceChange(ReasonPlacementChange.CUSTOD).build();
  }

  private static ImmutableEpisode next(LocalDate start) {
    return episode(YEAR).start(start).reasonNewEpisode(ReasonNewEpisode.P).build();
  }

  @Test
  void firesOnTheCustodyEpisodeAndHeaderWhenTheNextEpisodeStartsBeforeTheTenthBirthday() {
    ImmutableEpisode custody = custody(LocalDate.of(2025, 4, 10), LocalDate.of(2025, 8, 31));
    Child c = child(YEAR).dob(DOB).episodes(List.of(next(LocalDate.of(2025, 8, 31)), custody)).build();
    assertThat(flagged(rule, c, YEAR)).containsExactlyInAnyOrder(custody, c);
  }

  @Test
  void silentWhenTheNextEpisodeStartsOnOrAfterTheTenthBirthdayOrForOtherReasons() {
    assertThat(flagged(rule, child(YEAR).build(), YEAR)).isEmpty();
    // placed before the 10th birthday, moved because of custody on it: the move is at 10
    ImmutableEpisode custody = custody(LocalDate.of(2025, 4, 10), LocalDate.of(2025, 9, 1));
    assertThat(flagged(rule, child(YEAR).dob(DOB).episodes(List.of(custody, next(LocalDate.of(2025, 9, 1)))).build(), YEAR)).isEmpty();
    // a CUSTOD episode with no episode after it changes no placement in the return
    ImmutableEpisode last = custody(LocalDate.of(2025, 4, 10), LocalDate.of(2025, 8, 31));
    assertThat(flagged(rule, child(YEAR).dob(DOB).episodes(List.of(last)).build(), YEAR)).isEmpty();
    ImmutableEpisode other = last.withReasonPlaceChange(ReasonPlacementChange.CHILD);
    assertThat(flagged(rule, child(YEAR).dob(DOB).episodes(List.of(other, next(LocalDate.of(2025, 8, 31)))).build(), YEAR)).isEmpty();
    assertThat(flagged(rule, child(YEAR).dob(Optional.empty()).episodes(List.of(last, next(LocalDate.of(2025, 8, 31)))).build(), YEAR)).isEmpty();
  }
}
