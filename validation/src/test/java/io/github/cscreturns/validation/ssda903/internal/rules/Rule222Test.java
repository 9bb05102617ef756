package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.episode;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.core.Urn;
import io.github.cscreturns.core.ssda903.ImmutableEpisode;
import io.github.cscreturns.validation.ssda903.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Rule222Test {
  private final Rule222 rule = new Rule222();

  private static ImmutableEpisode withUrn(CollectionYear year, PlacementType type, String urn) {
    return episode(year).placement(RuleTester.placement(year).type(type).urn(Urn.of(urn)).build()).build();
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2023_24", "Y2024_25", "Y2025_26"})
  void firesOnAUrnForAnUnregisteredPlacement(CollectionYear year) {
    ImmutableEpisode r1 = withUrn(year, PlacementType.R1, "SC111111");
    ImmutableEpisode t2 = withUrn(year, PlacementType.T2, "SC111111");
    assertThat(RuleTester.flaggedByTheYearsRule("222", child(year).episodes(List.of(r1, t2)).build(), year)).containsExactly(r1, t2);
  }

  @Test
  void firesOnH5OnlyIn2022_23AndP2To2023_24() {
    CollectionYear y2022 = CollectionYear.Y2022_23;
    ImmutableEpisode h5 = withUrn(y2022, PlacementType.H5, "SC111111");
    assertThat(RuleTester.flaggedByTheYearsRule("222", child(y2022).episodes(List.of(h5)).build(), y2022)).containsExactly(h5);
    CollectionYear y2023 = CollectionYear.Y2023_24;
    ImmutableEpisode h5Later = withUrn(y2023, PlacementType.H5, "SC111111");
    ImmutableEpisode p2 = withUrn(y2023, PlacementType.P2, "SC111111");
    assertThat(RuleTester.flaggedByTheYearsRule("222", child(y2023).episodes(List.of(h5Later, p2)).build(), y2023)).containsExactly(p2);
    CollectionYear y2024 = CollectionYear.Y2024_25;
    assertThat(RuleTester.flaggedByTheYearsRule("222", child(y2024).episodes(List.of(withUrn(y2024, PlacementType.P2, "SC1"))).build(), y2024)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2025_26"})
  void silentOnThePlaceholderOrRegisteredPlacements(CollectionYear year) {
    assertThat(RuleTester.flaggedByTheYearsRule("222", child(year).build(), year)).isEmpty();
    assertThat(RuleTester.flaggedByTheYearsRule("222", child(year).episodes(List.of(withUrn(year, PlacementType.R1, "XXXXXXX"))).build(), year)).isEmpty();
    assertThat(RuleTester.flaggedByTheYearsRule("222", child(year).episodes(List.of(withUrn(year, PlacementType.K2, "SC111111"))).build(), year)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void silentOnZ1From2025_26WhenItIsNoLongerAPlacementType() {
    CollectionYear year = CollectionYear.Y2025_26;
    assertThat(RuleTester.flaggedByTheYearsRule("222", child(year).episodes(List.of(withUrn(year, PlacementType.Z1, "SC111111"))).build(), year)).isEmpty();
    ImmutableEpisode z11 = withUrn(year, PlacementType.Z11, "SC111111");
    assertThat(RuleTester.flaggedByTheYearsRule("222", child(year).episodes(List.of(z11)).build(), year)).containsExactly(z11);
  }
}
