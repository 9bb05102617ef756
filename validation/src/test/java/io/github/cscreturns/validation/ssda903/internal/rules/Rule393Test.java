package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.episode;
import static io.github.cscreturns.validation.ssda903.RuleTester.female;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static io.github.cscreturns.validation.ssda903.EpisodeChains.closed;
import static io.github.cscreturns.validation.ssda903.EpisodeChains.day;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.validation.ssda903.EpisodeChains;
import io.github.cscreturns.validation.ssda903.RuleTester;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.CategoryOfNeed;
import io.github.cscreturns.codesets.ssda903.LegalStatus;
import io.github.cscreturns.codesets.ssda903.MotherStatus;
import io.github.cscreturns.codesets.ssda903.PlacementProvider;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.codesets.ssda903.ReasonNewEpisode;
import io.github.cscreturns.core.Postcode;
import io.github.cscreturns.core.Upn;
import io.github.cscreturns.core.Urn;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.Placement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class Rule393Test {
  private final io.github.cscreturns.validation.ssda903.Rule rule = new Rule393().perChild();

  @Test
  void firesOnALookedAfterGirlWithoutMotherInEachCoding() {
    for (CollectionYear y : List.of(CollectionYear.Y2023_24, CollectionYear.Y2024_25)) {
      Child girl = child(y).sex(female(y)).motherStatus(Optional.empty()).build();
      assertThat(flagged(rule, girl, y)).containsExactly(girl);
    }
  }

  @Test
  void silentForBoysRespiteOnlyCompletedMotherAndOtherYearsCode() {
    CollectionYear y = CollectionYear.Y2024_25;
    assertThat(flagged(rule, child(y).build(), y)).isEmpty();
    assertThat(flagged(rule, child(y).motherStatus(Optional.empty()).build(), y)).isEmpty();
    assertThat(flagged(rule, child(y).sex(female(y)).motherStatus(MotherStatus.IS_A_MOTHER).build(), y)).isEmpty();
    Child respite = child(y).sex(female(y)).motherStatus(Optional.empty())
        .episodes(List.of(episode(y).legalStatus(LegalStatus.V3).build())).build();
    assertThat(flagged(rule, respite, y)).isEmpty();
    Child oldCode = child(y).sex(female(CollectionYear.Y2023_24)).motherStatus(Optional.empty()).build();
    assertThat(flagged(rule, oldCode, y)).isEmpty();
    Child unparsed = child(y).sex(female(y)).motherStatus(Optional.empty()).unparsed(Map.of("MOTHER", "9")).build();
    assertThat(flagged(rule, unparsed, y)).isEmpty();
  }
}
