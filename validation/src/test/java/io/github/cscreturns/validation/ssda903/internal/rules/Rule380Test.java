package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static io.github.cscreturns.validation.ssda903.EpisodeChains.*;
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

class Rule380Test {
  private final Rule380 rule = new Rule380();

  @Test
  void firesForAPeriodOfCareStartingInATemporaryPlacement() {
    Episode hospital = episode(YEAR, date(2022, 6, 1), ReasonNewEpisode.S, PlacementType.T1).build();
    assertThat(flagged(rule, childWith(YEAR, hospital), YEAR)).containsExactly(hospital);
  }

  @ParameterizedTest
  @EnumSource(names = {"L", "T", "U"})
  void firesForATemporaryPlacementNotEnteredByAChangeOfPlacementAndCarers(ReasonNewEpisode rne) {
    // the DfE's check: RNE must be P or B in T0-T4 (an L during a temporary placement is flagged too)
    Episode foster = ceased(YEAR, date(2022, 6, 1), date(2022, 7, 1), ReasonNewEpisode.S, PlacementType.U4).build();
    Episode holiday = episode(YEAR, date(2022, 7, 1), rne, PlacementType.T2).build();
    assertThat(flagged(rule, childWith(YEAR, foster, holiday), YEAR)).containsExactly(holiday);
  }

  @Test
  void firesForUnparsedRneInATemporaryPlacement() {
    Episode hospital = episode(YEAR, date(2022, 6, 1), ReasonNewEpisode.S, PlacementType.T1)
        .reasonNewEpisode(Optional.empty()).unparsed(Map.of("RNE", "Q")).build();
    assertThat(flagged(rule, childWith(YEAR, hospital), YEAR)).containsExactly(hospital);
  }

  @Test
  void silentForAMoveIntoATemporaryPlacementWithNewCarers() {
    assertThat(flagged(rule, child(YEAR).build(), YEAR)).isEmpty();
    Episode foster = ceased(YEAR, date(2022, 6, 1), date(2022, 7, 1), ReasonNewEpisode.S, PlacementType.U4).build();
    Episode hospital = ceased(YEAR, date(2022, 7, 1), date(2022, 7, 5), ReasonNewEpisode.P, PlacementType.T1).build();
    Episode holiday = ceased(YEAR, date(2022, 7, 5), date(2022, 7, 8), ReasonNewEpisode.B, PlacementType.T2).build();
    Episode back = episode(YEAR, date(2022, 7, 8), ReasonNewEpisode.P, PlacementType.U4).build();
    assertThat(flagged(rule, childWith(YEAR, foster, hospital, holiday, back), YEAR)).isEmpty();
  }

  @Test
  void silentForABlankRneOrNonTemporaryPlacement() {
    Episode blank = episode(YEAR, date(2022, 6, 1), ReasonNewEpisode.S, PlacementType.T1)
        .reasonNewEpisode(Optional.empty()).build();
    Episode foster = episode(YEAR, date(2022, 6, 1), ReasonNewEpisode.T, PlacementType.U4).build();
    assertThat(flagged(rule, childWith(YEAR, blank), YEAR)).isEmpty();
    assertThat(flagged(rule, childWith(YEAR, foster), YEAR)).isEmpty();
  }
}
