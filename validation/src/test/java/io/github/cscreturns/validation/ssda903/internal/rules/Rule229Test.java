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

class Rule229Test {
  private static final CollectionYear Y = CollectionYear.Y2024_25;
  private final Rule229 rule = new Rule229();
  /** The baseline provider's postcode lies in LA 846. */
  private static final Map<String, String> POSTCODES = Map.of("BN1 1AA", "846");

  private static Episode providedBy(PlacementProvider provider, String urn) {
    return episode(Y).placement(Placement.builder().type(PlacementType.U4).provider(provider).urn(Urn.of(urn)).build()).build();
  }

  @Test
  void firesOnOwnProvisionOutsideTheLaAndOnOtherLaProvisionInside() {
    Episode ownElsewhere = providedBy(PlacementProvider.PR1, URN);
    Episode ownUnlisted = providedBy(PlacementProvider.PR1, "SC000001");
    assertThat(flagged(rule, child(Y).episodes(List.of(ownElsewhere, ownUnlisted)).build(), context(Y, Map.of(URN, baselineProvider()), POSTCODES, "318")))
        .containsExactly(ownElsewhere, ownUnlisted);
    Episode otherLaInside = providedBy(PlacementProvider.PR2, URN);
    assertThat(flagged(rule, child(Y).episodes(List.of(otherLaInside)).build(), context(Y, Map.of(URN, baselineProvider()), POSTCODES, "846")))
        .containsExactly(otherLaInside);
  }

  @Test
  void firesOnOwnProvisionWrittenInLowerCase() {
    Episode lower = episode(Y).placement(Placement.builder().type(PlacementType.U4).urn(Urn.of(URN)).build())
        .unparsed(Map.of("PLACE_PROVIDER", "pr1")).build();
    assertThat(flagged(rule, child(Y).episodes(List.of(lower)).build(), context(Y, Map.of(URN, baselineProvider()), POSTCODES, "318")))
        .containsExactly(lower);
  }

  @Test
  void silentWhenProviderAndLaAgree() {
    Child c = child(Y).episodes(List.of(providedBy(PlacementProvider.PR1, URN), providedBy(PlacementProvider.PR3, URN))).build();
    assertThat(flagged(rule, c, context(Y, Map.of(URN, baselineProvider()), POSTCODES, "846"))).isEmpty();
    Child elsewhere = child(Y).episodes(List.of(providedBy(PlacementProvider.PR2, URN))).build();
    assertThat(flagged(rule, elsewhere, context(Y, Map.of(URN, baselineProvider()), POSTCODES, "318"))).isEmpty();
    assertThat(rule.requirements()).contains(Requirement.RETURNING_LA, Requirement.POSTCODE_DIRECTORY, Requirement.PROVIDER_DIRECTORY);
  }
}
