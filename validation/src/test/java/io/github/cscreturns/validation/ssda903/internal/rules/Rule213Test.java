package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.episode;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.PlacementProvider;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.core.ssda903.ImmutableEpisode;
import io.github.cscreturns.validation.ssda903.RuleTester;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Rule213Test {
  private final Rule213 rule = new Rule213();

  private static ImmutableEpisode placed(CollectionYear year, PlacementType type, PlacementProvider provider) {
    return episode(year).placement(RuleTester.placement(year).type(type).provider(Optional.ofNullable(provider)).build()).build();
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2024_25"})
  void firesOnAProviderForATemporaryPlacement(CollectionYear year) {
    ImmutableEpisode t4 = placed(year, PlacementType.T4, PlacementProvider.PR2);
    ImmutableEpisode z1 = placed(year, PlacementType.Z1, PlacementProvider.PR2);
    ImmutableEpisode unparsed = placed(year, PlacementType.T0, null).withUnparsed(Map.of("PLACE_PROVIDER", "X"));
    assertThat(RuleTester.flaggedByTheYearsRule("213", child(year).episodes(List.of(t4, z1, unparsed)).build(), year)).containsExactly(t4, unparsed);
  }

  @Test
  void firesOnOtherPlacementsToo2025_26() {
    CollectionYear year = CollectionYear.Y2025_26;
    ImmutableEpisode t4 = placed(year, PlacementType.T4, PlacementProvider.PR2);
    ImmutableEpisode z13 = placed(year, PlacementType.Z13, PlacementProvider.PR2);
    assertThat(RuleTester.flaggedByTheYearsRule("213", child(year).episodes(List.of(t4, z13)).build(), year)).containsExactly(t4, z13);
    // Z1 is no longer a placement type from 2025-26, so not on the year's list
    ImmutableEpisode z1 = placed(year, PlacementType.Z1, PlacementProvider.PR2);
    assertThat(RuleTester.flaggedByTheYearsRule("213", child(year).episodes(List.of(z1)).build(), year)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2025_26"})
  void silentWithoutProviderOrForOtherTypes(CollectionYear year) {
    assertThat(RuleTester.flaggedByTheYearsRule("213", child(year).build(), year)).isEmpty();
    assertThat(RuleTester.flaggedByTheYearsRule("213", child(year).episodes(List.of(placed(year, PlacementType.T2, null))).build(), year)).isEmpty();
  }
}
