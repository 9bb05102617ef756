package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static io.github.cscreturns.validation.ssda903.EpisodeChains.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.validation.ssda903.RuleTester;
import io.github.cscreturns.codesets.ssda903.LegalStatus;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.codesets.ssda903.ReasonNewEpisode;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Rule;
import java.time.LocalDate;

/**
 * The checks shared by the tests of the temporary placement length rules (375 for T1, 376 for T3,
 * 379 for T4): a ceased episode of the type lasting more than its maximum is flagged; episodes are
 * measured one at a time; open episodes and children without a date of birth are not judged.
 */
final class TemporaryPlacementLengthChecks {
  private static final LocalDate START = date(2022, 6, 1);

  private TemporaryPlacementLengthChecks() {}

  /** The temporary episodes between a foster placement before and after them. */
  private static Episode[] around(Episode... temporary) {
    LocalDate end = temporary[temporary.length - 1].end().orElseThrow();
    Episode before = ceased(YEAR, START.minusDays(30), START, ReasonNewEpisode.S, PlacementType.U4).build();
    Episode after = episode(YEAR, end, ReasonNewEpisode.P, PlacementType.U4).build();
    Episode[] all = new Episode[temporary.length + 2];
    all[0] = before;
    System.arraycopy(temporary, 0, all, 1, temporary.length);
    all[all.length - 1] = after;
    return all;
  }

  static void firesWhenLongerThan(Rule rule, PlacementType type, int maximumDays) {
    Episode tooLong = ceased(YEAR, START, START.plusDays(maximumDays + 1), ReasonNewEpisode.P, type).build();
    assertThat(flagged(rule, childWith(YEAR, around(tooLong)), YEAR)).containsExactly(tooLong);
    // each episode is measured on its own: only the long one of two is flagged
    Episode first = ceased(YEAR, START, START.plusDays(2), ReasonNewEpisode.P, type).build();
    Episode second = ceased(YEAR, START.plusDays(2), START.plusDays(maximumDays + 3), ReasonNewEpisode.L, type)
        .legalStatus(LegalStatus.C1).build();
    assertThat(flagged(rule, childWith(YEAR, around(first, second)), YEAR)).containsExactly(second);
  }

  static void silentWhenAtMost(Rule rule, PlacementType type, int maximumDays) {
    assertThat(flagged(rule, child(YEAR).build(), YEAR)).isEmpty();
    Episode longest = ceased(YEAR, START, START.plusDays(maximumDays), ReasonNewEpisode.P, type).build();
    assertThat(flagged(rule, childWith(YEAR, around(longest)), YEAR)).isEmpty();
    // a change of legal status splits the placement into episodes, each within the maximum
    Episode one = ceased(YEAR, START, START.plusDays(maximumDays), ReasonNewEpisode.P, type).build();
    Episode two = ceased(YEAR, START.plusDays(maximumDays), START.plusDays(2 * maximumDays), ReasonNewEpisode.L, type)
        .legalStatus(LegalStatus.C1).build();
    assertThat(flagged(rule, childWith(YEAR, around(one, two)), YEAR)).isEmpty();
    // an open episode is not judged, however long it has run
    Episode open = episode(YEAR, YEAR.ssda903End().minusDays(maximumDays + 30), ReasonNewEpisode.P, type).build();
    assertThat(flagged(rule, childWith(YEAR, open), YEAR)).isEmpty();
    // nor is a child without a date of birth
    Episode tooLong = ceased(YEAR, START, START.plusDays(maximumDays + 1), ReasonNewEpisode.P, type).build();
    assertThat(flagged(rule, RuleTester.child(YEAR).dob(java.util.Optional.empty()).episodes(java.util.List.of(around(tooLong))).build(), YEAR))
        .isEmpty();
  }
}
