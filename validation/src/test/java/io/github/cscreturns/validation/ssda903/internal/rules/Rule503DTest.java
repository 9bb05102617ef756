package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.episode;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static io.github.cscreturns.validation.ssda903.EpisodeChains.closed;
import static io.github.cscreturns.validation.ssda903.EpisodeChains.day;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.validation.ssda903.EpisodeChains;
import io.github.cscreturns.validation.ssda903.RuleTester;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.CategoryOfNeed;
import io.github.cscreturns.codesets.ssda903.PlacementProvider;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.codesets.ssda903.ReasonNewEpisode;
import io.github.cscreturns.codesets.ssda903.ReasonPlacementChange;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.ImmutableEpisode;
import io.github.cscreturns.core.ssda903.Placement;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class Rule503DTest {
  private final Rule503D rule = new Rule503D();

  private static ImmutableEpisode placed(CollectionYear y, PlacementType type) {
    return episode(y).placement(Placement.builder().type(type).provider(PlacementProvider.PR4).build()).build();
  }

  private static Child lastYear(CollectionYear y, PlacementType type) {
    CollectionYear prev = y.previous().orElseThrow();
    return child(prev).episodes(List.of(placed(prev, type))).build();
  }

  private static List<io.github.cscreturns.core.ssda903.Ssda903Record> check(CollectionYear y, Child now, Child before) {
    return RuleTester.flaggedByTheYearsRule("503D", now, RuleContext.of(y).withPrevious(Optional.of(before)));
  }

  @Test
  void firesWhenTheFirstPlacementTypeDiffersFromLastYearsOpenEpisode() {
    CollectionYear y = CollectionYear.Y2023_24;
    ImmutableEpisode first = placed(y, PlacementType.K2);
    Child now = child(y).episodes(List.of(placed(y, PlacementType.U4).withStart(day(y, 9, 1)), first.withStart(day(y, 4, 1)))).build();
    assertThat(check(y, now, lastYear(y, PlacementType.R1))).containsExactly(now.episodes().get(1));
  }

  @Test
  void firesOnH5ToK3BeforeTheReformsAndOnZ1ToK2In2025() {
    CollectionYear y2023 = CollectionYear.Y2023_24;
    Child k3 = child(y2023).episodes(List.of(placed(y2023, PlacementType.K3))).build();
    assertThat(check(y2023, k3, lastYear(y2023, PlacementType.H5))).containsExactly(k3.episodes().get(0));
    CollectionYear y2025 = CollectionYear.Y2025_26;
    Child k2 = child(y2025).episodes(List.of(placed(y2025, PlacementType.K2))).build();
    assertThat(check(y2025, k2, lastYear(y2025, PlacementType.Z1))).containsExactly(k2.episodes().get(0));
  }

  @Test
  void silentOnTheSamePlacementTypeOrAYearsRedesignation() {
    CollectionYear y2024 = CollectionYear.Y2024_25;
    assertThat(check(y2024, child(y2024).build(), lastYear(y2024, PlacementType.U4))).isEmpty();
    Child k3 = child(y2024).episodes(List.of(placed(y2024, PlacementType.K3))).build();
    assertThat(check(y2024, k3, lastYear(y2024, PlacementType.H5))).isEmpty();
    CollectionYear y2025 = CollectionYear.Y2025_26;
    Child k3in2025 = child(y2025).episodes(List.of(placed(y2025, PlacementType.K3))).build();
    assertThat(check(y2025, k3in2025, lastYear(y2025, PlacementType.H5))).isEmpty();
    Child z13 = child(y2025).episodes(List.of(placed(y2025, PlacementType.Z13))).build();
    assertThat(check(y2025, z13, lastYear(y2025, PlacementType.Z1))).isEmpty();
  }

  @Test
  void silentWhenLastYearsEpisodeEndedOrTheChildIsNew() {
    CollectionYear y = CollectionYear.Y2024_25;
    Child now = child(y).episodes(List.of(placed(y, PlacementType.K2))).build();
    CollectionYear prev = CollectionYear.Y2023_24;
    Child ended = child(prev).episodes(List.of(closed(prev, day(prev, 5, 1), day(prev, 6, 1), ReasonNewEpisode.S))).build();
    assertThat(check(y, now, ended)).isEmpty();
    assertThat(RuleTester.flaggedByTheYearsRule("503D", now, RuleContext.of(y).withPrevious(Optional.empty()))).isEmpty();
  }
}
