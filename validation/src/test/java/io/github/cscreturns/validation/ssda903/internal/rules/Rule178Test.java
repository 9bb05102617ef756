package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.episode;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.PlacementProvider;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.RuleTester;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Rule178Test {
  private final Rule178 rule = new Rule178();

  private static Episode placed(CollectionYear year, PlacementType type, PlacementProvider provider) {
    return episode(year).placement(RuleTester.placement(year).type(type).provider(Optional.ofNullable(provider)).build()).build();
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2024_25"})
  void firesOnAnUnknownProviderOrOneForATemporaryOrOtherPlacement(CollectionYear year) {
    Episode unknown = episode(year).unparsed(Map.of("PLACE_PROVIDER", "pr4"))
        .placement(RuleTester.placement(year).provider(Optional.empty()).build()).build();
    Episode temporary = placed(year, PlacementType.T4, PlacementProvider.PR1);
    Episode other = placed(year, PlacementType.Z1, PlacementProvider.PR1);
    Episode fine = placed(year, PlacementType.U1, PlacementProvider.PR1);
    Child c = child(year).episodes(List.of(unknown, temporary, other, fine)).build();
    assertThat(RuleTester.flaggedByTheYearsRule("178", c, year)).containsExactly(unknown, temporary, other);
  }

  @Test
  void firesOnZ11ButNotT4From2025_26() {
    CollectionYear year = CollectionYear.Y2025_26;
    Episode z11 = placed(year, PlacementType.Z11, PlacementProvider.PR4);
    Episode t3 = placed(year, PlacementType.T3, PlacementProvider.PR4);
    Episode t4 = placed(year, PlacementType.T4, PlacementProvider.PR4);
    assertThat(RuleTester.flaggedByTheYearsRule("178", child(year).episodes(List.of(z11, t3, t4)).build(), year)).containsExactly(z11, t3);
    // Z1 is no longer a placement type from 2025-26, so not on the year's list of placements without a provider
    Episode z1 = placed(year, PlacementType.Z1, PlacementProvider.PR4);
    assertThat(RuleTester.flaggedByTheYearsRule("178", child(year).episodes(List.of(z1)).build(), year)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2025_26"})
  void silentOnValidProvidersAndBlanks(CollectionYear year) {
    assertThat(RuleTester.flaggedByTheYearsRule("178", child(year).build(), year)).isEmpty();
    Episode temporaryBlank = placed(year, PlacementType.T1, null);
    assertThat(RuleTester.flaggedByTheYearsRule("178", child(year).episodes(List.of(temporaryBlank)).build(), year)).isEmpty();
  }
}
