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

class Rule366Test {
  private final Rule366 rule = new Rule366();

  @Test
  void firesForAnIndividualBreakNotStartingAPeriodOfCare() {
    Episode moved = RuleTester.episode(YEAR).legalStatus(LegalStatus.V3).reasonNewEpisode(ReasonNewEpisode.P).build();
    assertThat(flagged(rule, childWith(YEAR, moved), YEAR)).containsExactly(moved);
    Episode unknown = RuleTester.episode(YEAR).legalStatus(LegalStatus.V3).reasonNewEpisode(Optional.empty())
        .unparsed(Map.of("RNE", "X")).build();
    assertThat(flagged(rule, childWith(YEAR, unknown), YEAR)).containsExactly(unknown);
    Episode blank = RuleTester.episode(YEAR).legalStatus(LegalStatus.V3).reasonNewEpisode(Optional.empty()).build();
    assertThat(flagged(rule, childWith(YEAR, blank), YEAR)).containsExactly(blank);
  }

  @Test
  void silentForAStartOrOtherLegalStatuses() {
    assertThat(flagged(rule, child(YEAR).build(), YEAR)).isEmpty();
    Episode start = RuleTester.episode(YEAR).legalStatus(LegalStatus.V3).build();
    Episode agreement = RuleTester.episode(YEAR).legalStatus(LegalStatus.V4).reasonNewEpisode(ReasonNewEpisode.P).build();
    assertThat(flagged(rule, childWith(YEAR, start, agreement), YEAR)).isEmpty();
  }
}
