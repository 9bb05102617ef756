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

class Rule381Test {
  private final Rule381 rule = new Rule381();

  @Test
  void firesForAPeriodOfCareEndingInATemporaryPlacement() {
    Episode hospital = episode(YEAR, date(2022, 6, 1), ReasonNewEpisode.P, PlacementType.T1).end(date(2022, 6, 5))
        .reasonCeased(ReasonEpisodeCeased.E4A).build();
    assertThat(flagged(rule, childWith(YEAR, hospital), YEAR)).containsExactly(hospital);
  }

  @Test
  void firesForATemporaryPlacementCeasingWithUnparsedRec() {
    // text that is no REC code is known not to be X1: the DfE's check (REC present and not X1) fails
    Episode hospital = episode(YEAR, date(2022, 6, 1), ReasonNewEpisode.P, PlacementType.T1).end(date(2022, 6, 5))
        .unparsed(Map.of("REC", "E99")).build();
    assertThat(flagged(rule, childWith(YEAR, hospital), YEAR)).containsExactly(hospital);
  }

  @Test
  void silentWhenANewEpisodeFollowsOrTheTemporaryPlacementIsOpen() {
    assertThat(flagged(rule, child(YEAR).build(), YEAR)).isEmpty();
    Episode hospital = ceased(YEAR, date(2022, 6, 1), date(2022, 6, 5), ReasonNewEpisode.P, PlacementType.T1).build();
    Episode open = episode(YEAR, date(2022, 6, 5), ReasonNewEpisode.P, PlacementType.T2).build();
    Episode foster = episode(YEAR, date(2022, 6, 1), ReasonNewEpisode.P, PlacementType.U4).end(date(2022, 6, 5))
        .reasonCeased(ReasonEpisodeCeased.E4A).build();
    assertThat(flagged(rule, childWith(YEAR, hospital, open), YEAR)).isEmpty();
    assertThat(flagged(rule, childWith(YEAR, foster), YEAR)).isEmpty();
  }
}
