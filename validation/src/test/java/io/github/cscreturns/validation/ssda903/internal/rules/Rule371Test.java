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

class Rule371Test {
  private final Rule371 rule = new Rule371();

  private static Child placedIn(CollectionYear year, PlacementType type, int ageInYears, int daysShort) {
    LocalDate start = LocalDate.of(year.startYear(), 6, 1);
    Episode episode = episode(year, start, ReasonNewEpisode.S, type).end(start.plusDays(30)).build();
    return childBorn(year, start.minusYears(ageInYears).plusDays(daysShort), episode);
  }

  @Test
  void firesUnder14InH5In2022_23Under16InH5In2023_24AndUnder16InK3From2024_25() {
    Child h5 = placedIn(CollectionYear.Y2022_23, PlacementType.H5, 14, 1);
    assertThat(RuleTester.flaggedByTheYearsRule("371", h5, CollectionYear.Y2022_23)).containsExactlyElementsOf(h5.episodes());
    Child h5Later = placedIn(CollectionYear.Y2023_24, PlacementType.H5, 16, 1);
    assertThat(RuleTester.flaggedByTheYearsRule("371", h5Later, CollectionYear.Y2023_24)).containsExactlyElementsOf(h5Later.episodes());
    Child k3 = placedIn(CollectionYear.Y2024_25, PlacementType.K3, 16, 1);
    assertThat(RuleTester.flaggedByTheYearsRule("371", k3, CollectionYear.Y2024_25)).containsExactlyElementsOf(k3.episodes());
    Child k3Now = placedIn(CollectionYear.Y2026_27, PlacementType.K3, 16, 1);
    assertThat(RuleTester.flaggedByTheYearsRule("371", k3Now, CollectionYear.Y2026_27)).containsExactlyElementsOf(k3Now.episodes());
  }

  @Test
  void silentAtTheMinimumAgeAndForTheOtherYearsCode() {
    assertThat(RuleTester.flaggedByTheYearsRule("371", child(CollectionYear.Y2022_23).build(), CollectionYear.Y2022_23)).isEmpty();
    assertThat(RuleTester.flaggedByTheYearsRule("371", placedIn(CollectionYear.Y2022_23, PlacementType.H5, 14, 0), CollectionYear.Y2022_23)).isEmpty();
    assertThat(RuleTester.flaggedByTheYearsRule("371", placedIn(CollectionYear.Y2023_24, PlacementType.H5, 16, 0), CollectionYear.Y2023_24)).isEmpty();
    assertThat(RuleTester.flaggedByTheYearsRule("371", placedIn(CollectionYear.Y2024_25, PlacementType.K3, 16, 0), CollectionYear.Y2024_25)).isEmpty();
    assertThat(RuleTester.flaggedByTheYearsRule("371", placedIn(CollectionYear.Y2024_25, PlacementType.H5, 15, 0), CollectionYear.Y2024_25)).isEmpty();
  }
}
