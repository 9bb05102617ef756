package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.episode;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.LegalStatus;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.core.Postcode;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.ImmutableEpisode;
import io.github.cscreturns.validation.ssda903.RuleTester;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Rule218Test {
  private final Rule218 rule = new Rule218();

  private static ImmutableEpisode noUrn(CollectionYear year, PlacementType type) {
    return episode(year).placement(RuleTester.placement(year).type(type).urn(Optional.empty()).build()).build();
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2024_25", "Y2025_26"})
  void firesOnAMissingUrnForARegisteredPlacementInEngland(CollectionYear year) {
    ImmutableEpisode k2 = noUrn(year, PlacementType.K2);
    ImmutableEpisode ceasedInYear = noUrn(year, PlacementType.U4).withEnd(year.ssda903Start()).withReasonCeased(ReasonEpisodeCeased.E8);
    ImmutableEpisode p1 = noUrn(year, PlacementType.P1);
    assertThat(RuleTester.flaggedByTheYearsRule("218", child(year).episodes(List.of(k2, ceasedInYear, p1)).build(), year)).containsExactly(k2, ceasedInYear);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2025_26"})
  void firesOnARespiteEpisodeToo(CollectionYear year) {
    ImmutableEpisode respite = noUrn(year, PlacementType.U4).withLegalStatus(LegalStatus.V3);
    assertThat(RuleTester.flaggedByTheYearsRule("218", child(year).episodes(List.of(respite)).build(), year)).containsExactly(respite);
  }

  @Test
  void firesOnZ1From2025_26WhenZ1IsNoLongerACode() {
    CollectionYear y2024 = CollectionYear.Y2024_25;
    assertThat(RuleTester.flaggedByTheYearsRule("218", child(y2024).episodes(List.of(noUrn(y2024, PlacementType.Z1))).build(), y2024)).isEmpty();
    CollectionYear y2025 = CollectionYear.Y2025_26;
    ImmutableEpisode z1 = noUrn(y2025, PlacementType.Z1);
    assertThat(RuleTester.flaggedByTheYearsRule("218", child(y2025).episodes(List.of(z1)).build(), y2025)).containsExactly(z1);
  }

  @Test
  void firesOnH5From2024_25ButNotBefore() {
    CollectionYear y2023 = CollectionYear.Y2023_24;
    assertThat(RuleTester.flaggedByTheYearsRule("218", child(y2023).episodes(List.of(noUrn(y2023, PlacementType.H5))).build(), y2023)).isEmpty();
    CollectionYear y2024 = CollectionYear.Y2024_25;
    ImmutableEpisode h5 = noUrn(y2024, PlacementType.H5);
    assertThat(RuleTester.flaggedByTheYearsRule("218", child(y2024).episodes(List.of(h5)).build(), y2024)).containsExactly(h5);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2025_26"})
  void silentWithUrnOutsideEnglandOrEndedBeforeTheYear(CollectionYear year) {
    assertThat(RuleTester.flaggedByTheYearsRule("218", child(year).build(), year)).isEmpty();
    ImmutableEpisode before = noUrn(year, PlacementType.U4).withStart(year.ssda903Start().minusMonths(3))
        .withEnd(year.ssda903Start().minusDays(1)).withReasonCeased(ReasonEpisodeCeased.E8);
    ImmutableEpisode northernIreland = noUrn(year, PlacementType.U4)
        .withPlacement(RuleTester.placement(year).urn(Optional.empty()).postcode(Postcode.of("BT1 1AA")).build());
    ImmutableEpisode wales = noUrn(year, PlacementType.U4)
        .withPlacement(RuleTester.placement(year).urn(Optional.empty()).postcode(Postcode.of("CF10 1AA")).build());
    Child c = child(year).episodes(List.of(before, northernIreland, wales)).build();
    var directory = RuleTester.withPostcodes(year, 1.0, Map.of("CF10 1AA", "WAL"));
    assertThat(RuleTester.flaggedByTheYearsRule("218", c, directory)).isEmpty();
    assertThat(RuleTester.flaggedByTheYearsRule("218", c, year)).containsExactly(wales); // without a directory Wales cannot be told apart
  }
}
