package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.episode;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.validation.ssda903.RuleTester;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.codesets.ssda903.ReasonPlacementChange;
import io.github.cscreturns.core.ssda903.ImmutableEpisode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class Rule234Test {
  private final Rule234 rule = new Rule234();
  private static final CollectionYear YEAR = CollectionYear.Y2025_26;
  private static final LocalDate DOB = LocalDate.of(2015, 9, 1); // 10 on 1 September 2025

  private static ImmutableEpisode custody(LocalDate end) {
    return episode(YEAR).end(end).reasonCeased(ReasonEpisodeCeased.X1).reasonPlaceChange(ReasonPlacementChange.CUSTOD).build();
  }

  @Test
  void firesOnCustodyBeforeTheTenthBirthday() {
    ImmutableEpisode e = custody(LocalDate.of(2025, 8, 31));
    assertThat(flagged(rule, child(YEAR).dob(DOB).episodes(List.of(e)).build(), YEAR)).containsExactly(e);
  }

  @Test
  void silentFromTheTenthBirthdayOrForOtherReasons() {
    assertThat(flagged(rule, child(YEAR).build(), YEAR)).isEmpty();
    assertThat(flagged(rule, child(YEAR).dob(DOB).episodes(List.of(custody(LocalDate.of(2025, 9, 1)))).build(), YEAR)).isEmpty();
    ImmutableEpisode other = custody(LocalDate.of(2025, 8, 31)).withReasonPlaceChange(ReasonPlacementChange.CHILD);
    assertThat(flagged(rule, child(YEAR).dob(DOB).episodes(List.of(other)).build(), YEAR)).isEmpty();
    assertThat(flagged(rule, child(YEAR).dob(Optional.empty()).episodes(List.of(custody(LocalDate.of(2025, 8, 31)))).build(), YEAR)).isEmpty();
  }
}
