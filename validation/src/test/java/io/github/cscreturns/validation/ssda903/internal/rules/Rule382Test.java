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

class Rule382Test {
  private final Rule382 rule = new Rule382();

  @Test
  void firesForRespiteInATemporaryPlacement() {
    Episode v3 = RuleTester.episode(YEAR).legalStatus(LegalStatus.V3).placement(placement(PlacementType.T0)).build();
    Episode v4 = RuleTester.episode(YEAR).legalStatus(LegalStatus.V4).placement(placement(PlacementType.T4)).build();
    assertThat(flagged(rule, childWith(YEAR, v3, v4), YEAR)).containsExactly(v3, v4);
  }

  @Test
  void silentForRespiteElsewhereOrOtherStatusesInTemporaryPlacements() {
    assertThat(flagged(rule, child(YEAR).build(), YEAR)).isEmpty();
    Episode respite = RuleTester.episode(YEAR).legalStatus(LegalStatus.V3).placement(placement(PlacementType.U6)).build();
    Episode order = RuleTester.episode(YEAR).legalStatus(LegalStatus.C2).placement(placement(PlacementType.T1)).build();
    assertThat(flagged(rule, childWith(YEAR, respite, order), YEAR)).isEmpty();
  }
}
