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

class Rule378Test {
  private final Rule378 rule = new Rule378();

  @Test
  void firesForPlacementWithParentsUnderSection20() {
    Episode home = RuleTester.episode(YEAR).legalStatus(LegalStatus.V2).placement(placement(PlacementType.P1)).build();
    assertThat(flagged(rule, childWith(YEAR, home), YEAR)).containsExactly(home);
  }

  @Test
  void silentForOtherStatusesOrPlacements() {
    assertThat(flagged(rule, child(YEAR).build(), YEAR)).isEmpty();
    Episode order = RuleTester.episode(YEAR).legalStatus(LegalStatus.C2).placement(placement(PlacementType.P1)).build();
    Episode foster = RuleTester.episode(YEAR).legalStatus(LegalStatus.V2).build();
    assertThat(flagged(rule, childWith(YEAR, order, foster), YEAR)).isEmpty();
  }
}
