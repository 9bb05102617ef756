package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static io.github.cscreturns.validation.ssda903.RuleTesterB.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.LegalStatus;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.codesets.ssda903.ReasonNewEpisode;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.RuleTester;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Rule376Test {
  private final Rule376 rule = new Rule376();
  private static final LocalDate START = date(2022, 6, 1);

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

  @Test
  void firesForAT3PlacementLongerThan21Days() {
    Episode tooLong = ceased(YEAR, START, START.plusDays(21 + 1), ReasonNewEpisode.P, PlacementType.T3).build();
    assertThat(flagged(rule, childWith(YEAR, around(tooLong)), YEAR)).containsExactly(tooLong);
    // a change of legal status alone does not restart the placement
    Episode first = ceased(YEAR, START, START.plusDays(2), ReasonNewEpisode.P, PlacementType.T3).build();
    Episode second = ceased(YEAR, START.plusDays(2), START.plusDays(21 + 1), ReasonNewEpisode.L, PlacementType.T3)
        .legalStatus(LegalStatus.C1).build();
    assertThat(flagged(rule, childWith(YEAR, around(first, second)), YEAR)).containsExactly(first, second);
    // an open placement runs to 31 March
    Episode open = episode(YEAR, YEAR.ssda903End().minusDays(21 + 1), ReasonNewEpisode.P, PlacementType.T3).build();
    assertThat(flagged(rule, childWith(YEAR, open), YEAR)).containsExactly(open);
  }

  @Test
  void silentForAT3PlacementOfAtMost21Days() {
    assertThat(flagged(rule, child(YEAR).build(), YEAR)).isEmpty();
    Episode longest = ceased(YEAR, START, START.plusDays(21), ReasonNewEpisode.P, PlacementType.T3).build();
    assertThat(flagged(rule, childWith(YEAR, around(longest)), YEAR)).isEmpty();
    // two placements, one straight after the other, are measured apart
    Episode one = ceased(YEAR, START, START.plusDays(21), ReasonNewEpisode.P, PlacementType.T3).build();
    Episode two = ceased(YEAR, START.plusDays(21), START.plusDays(2 * 21), ReasonNewEpisode.P, PlacementType.T3).build();
    assertThat(flagged(rule, childWith(YEAR, around(one, two)), YEAR)).isEmpty();
    Episode open = episode(YEAR, YEAR.ssda903End().minusDays(21), ReasonNewEpisode.P, PlacementType.T3).build();
    assertThat(flagged(rule, childWith(YEAR, open), YEAR)).isEmpty();
  }
}
