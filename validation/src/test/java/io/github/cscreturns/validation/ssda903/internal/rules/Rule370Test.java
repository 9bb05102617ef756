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

class Rule370Test {
  private final Rule370 rule = new Rule370();

  private static Child inIndependentLiving(CollectionYear year, int ageInYears, int daysShort) {
    LocalDate start = LocalDate.of(year.startYear(), 6, 1);
    Episode episode = episode(year, start, ReasonNewEpisode.S, PlacementType.P2).end(start.plusDays(30)).build();
    return childBorn(year, start.minusYears(ageInYears).plusDays(daysShort), episode);
  }

  @Test
  void firesUnder15In2022_23AndUnder16In2023_24() {
    Child fourteen = inIndependentLiving(CollectionYear.Y2022_23, 15, 1);
    assertThat(RuleTester.flaggedByTheYearsRule("370", fourteen, CollectionYear.Y2022_23)).containsExactlyElementsOf(fourteen.episodes());
    Child fifteen = inIndependentLiving(CollectionYear.Y2023_24, 16, 1);
    assertThat(RuleTester.flaggedByTheYearsRule("370", fifteen, CollectionYear.Y2023_24)).containsExactlyElementsOf(fifteen.episodes());
  }

  @Test
  void silentAtTheMinimumAgeAndForOtherPlacements() {
    assertThat(RuleTester.flaggedByTheYearsRule("370", child(CollectionYear.Y2022_23).build(), CollectionYear.Y2022_23)).isEmpty();
    assertThat(RuleTester.flaggedByTheYearsRule("370", inIndependentLiving(CollectionYear.Y2022_23, 15, 0), CollectionYear.Y2022_23)).isEmpty();
    assertThat(RuleTester.flaggedByTheYearsRule("370", inIndependentLiving(CollectionYear.Y2023_24, 16, 0), CollectionYear.Y2023_24)).isEmpty();
  }
}
