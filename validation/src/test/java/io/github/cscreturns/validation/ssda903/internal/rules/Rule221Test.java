package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.episode;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static io.github.cscreturns.validation.ssda903.internal.rules.UrnLookupFixtures.URN;
import static io.github.cscreturns.validation.ssda903.internal.rules.UrnLookupFixtures.baselineProvider;
import static io.github.cscreturns.validation.ssda903.internal.rules.UrnLookupFixtures.context;
import static io.github.cscreturns.validation.ssda903.internal.rules.UrnLookupFixtures.provider;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.LegalStatus;
import io.github.cscreturns.codesets.ssda903.PlacementProvider;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.core.Postcode;
import io.github.cscreturns.core.Urn;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.Placement;
import io.github.cscreturns.validation.ssda903.Requirement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Rule221Test {
  private static Episode at(CollectionYear y, PlacementType type, String postcode) {
    return episode(y).placement(Placement.builder().type(type).provider(PlacementProvider.PR1).postcode(Postcode.of(postcode)).urn(Urn.of(URN)).build()).build();
  }

  private static Map<String, io.github.cscreturns.validation.ssda903.ReferenceData.Provider> home() {
    return Map.of(URN, provider(Set.of("K2", "H5"), Set.of("PR1"), Optional.empty(), Optional.of("bn1 1aa")));
  }

  @Test
  void firesWhenThePlacementPostcodeIsNotTheProvidersOrTheUrnIsUnlisted() {
    CollectionYear y = CollectionYear.Y2022_23;
    Episode elsewhere = at(y, PlacementType.K2, "BN2 9ZZ");
    Episode unlisted = episode(y).placement(Placement.builder().type(PlacementType.S1).postcode(Postcode.of("BN1 1AA")).urn(Urn.of("SC000001")).build()).build();
    Child c = child(y).episodes(List.of(at(y, PlacementType.K2, "BN11AA"), elsewhere, unlisted)).build();
    assertThat(flagged(new Rule221(), c, context(y, home()))).containsExactly(elsewhere, unlisted);
  }

  @Test
  void firesOnH5PlacementsIn2023To24Only() {
    CollectionYear y = CollectionYear.Y2023_24;
    Episode h5 = at(y, PlacementType.H5, "BN2 9ZZ");
    Child c = child(y).episodes(List.of(h5)).build();
    assertThat(flagged(new Rule221(Rule221.PLACEMENTS_AT_THE_PROVIDER_WITH_H5), c, context(y, home()))).containsExactly(h5);
    assertThat(flagged(new Rule221(Rule221.PLACEMENTS_AT_THE_PROVIDER), c, context(y, home()))).isEmpty();
  }

  @Test
  void silentOnMatchingPostcodesRespiteOtherPlacementTypesAndBlankPostcodes() {
    CollectionYear y = CollectionYear.Y2024_25;
    Episode respite = episode(y).legalStatus(LegalStatus.V3)
        .placement(Placement.builder().type(PlacementType.K2).postcode(Postcode.of("BN2 9ZZ")).urn(Urn.of(URN)).build()).build();
    Episode foster = at(y, PlacementType.U4, "BN2 9ZZ");
    Episode noPostcode = episode(y).placement(Placement.builder().type(PlacementType.K2).urn(Urn.of(URN)).build()).build();
    Child c = child(y).episodes(List.of(at(y, PlacementType.K2, " bn1  1aa"), respite, foster, noPostcode)).build();
    assertThat(flagged(new Rule221(), c, context(y, home()))).isEmpty();
  }
}
