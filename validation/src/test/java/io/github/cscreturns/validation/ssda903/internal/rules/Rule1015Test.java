package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.episode;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.validation.ssda903.RuleTester;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.LegalStatus;
import io.github.cscreturns.codesets.ssda903.PlacementProvider;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.codesets.ssda903.UascFlag;
import io.github.cscreturns.core.Postcode;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.Placement;
import io.github.cscreturns.core.ssda903.Uasc;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class Rule1015Test {
  private final Rule1015 rule = new Rule1015();

  private static io.github.cscreturns.core.ssda903.ImmutableEpisode ownProvision(CollectionYear y, PlacementType type, String postcode) {
    return episode(y).placement(Placement.builder().type(type).provider(PlacementProvider.PR1).postcode(Postcode.of(postcode)).build()).build();
  }

  @Test
  void firesOnOwnProvisionPlacedInAnotherLa() {
    CollectionYear y = CollectionYear.Y2024_25;
    Episode home = ownProvision(y, PlacementType.K2, "TN1 1AA");
    Episode k3 = ownProvision(y, PlacementType.K3, "TN1 1AA");
    Child c = child(y).episodes(List.of(home, k3, ownProvision(y, PlacementType.K2, RuleTester.PLACEMENT_POSTCODE))).build();
    assertThat(RuleTester.flaggedByTheYearsRule("1015", c, RuleTester.withPostcodes(y, 3.0, Map.of("TN1 1AA", "886")))).containsExactly(home, k3);
  }

  @Test
  void firesWhereThePlacementLaCannotBeDerived() {
    // no PL_LA can be derived from an unknown or blank postcode, and no PL_LA is not the returning LA
    CollectionYear y = CollectionYear.Y2024_25;
    Episode unknownPostcode = ownProvision(y, PlacementType.K2, "ZZ1 1ZZ");
    Episode noPostcode = episode(y).placement(Placement.builder().type(PlacementType.K2).provider(PlacementProvider.PR1).build()).build();
    // a PLACE that is no code of the year is still a placement own provision outside the LA is not expected for
    Episode otherYearsPlace = episode(y)
        .placement(Placement.builder().provider(PlacementProvider.PR1).postcode(Postcode.of("TN1 1AA")).build())
        .putUnparsed("PLACE", "H4").build();
    Child c = child(y).episodes(List.of(unknownPostcode, noPostcode, otherYearsPlace)).build();
    assertThat(RuleTester.flaggedByTheYearsRule("1015", c, RuleTester.withPostcodes(y, 3.0, Map.of("TN1 1AA", "886"))))
        .containsExactly(unknownPostcode, noPostcode, otherYearsPlace);
  }

  @Test
  void silentForFosteringAdoptionRespiteOtherProvidersAndFrom2025K3() {
    CollectionYear y = CollectionYear.Y2025_26;
    RuleContext ctx = RuleTester.withPostcodes(y, 3.0, Map.of("TN1 1AA", "886"));
    assertThat(RuleTester.flaggedByTheYearsRule("1015", child(y).build(), ctx)).isEmpty();
    Episode foster = ownProvision(y, PlacementType.U1, "TN1 1AA");
    Episode adoption = ownProvision(y, PlacementType.A4, "TN1 1AA");
    Episode k3 = ownProvision(y, PlacementType.K3, "TN1 1AA");
    Episode respite = ownProvision(y, PlacementType.K2, "TN1 1AA").withLegalStatus(LegalStatus.V3);
    Episode private_ = episode(y).placement(Placement.builder().type(PlacementType.K2).provider(PlacementProvider.PR4).postcode(Postcode.of("TN1 1AA")).build()).build();
    Child c = child(y).episodes(List.of(foster, adoption, k3, respite, private_)).build();
    assertThat(RuleTester.flaggedByTheYearsRule("1015", c, ctx)).isEmpty();
    Child elsewhere = child(y).episodes(List.of(ownProvision(y, PlacementType.K2, "TN1 1AA"))).build();
    RuleContext noLa = RuleContext.of(y).withReferenceData(RuleTester.postcodes(3.0, Map.of("TN1 1AA", "886")));
    assertThat(RuleTester.flaggedByTheYearsRule("1015", elsewhere, noLa)).isEmpty();
  }
}
