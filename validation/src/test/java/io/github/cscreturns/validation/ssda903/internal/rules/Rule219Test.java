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

class Rule219Test {
  private static final CollectionYear Y = CollectionYear.Y2022_23;
  private final Rule219 rule = new Rule219();

  private static Episode placedIn(PlacementType type) {
    return episode(Y).placement(Placement.builder().type(type).provider(PlacementProvider.PR1).urn(Urn.of(URN)).build()).build();
  }

  @Test
  void firesWhenThePlacementTypeIsNotOneTheProviderTakesOrTheUrnIsOnNoList() {
    Episode k2 = placedIn(PlacementType.K2);
    Episode unlisted = episode(Y).placement(Placement.builder().type(PlacementType.U4).urn(Urn.of("SC000001")).build()).build();
    Child c = child(Y).episodes(List.of(placedIn(PlacementType.U4), k2, unlisted)).build();
    assertThat(flagged(rule, c, context(Y, Map.of(URN, baselineProvider())))).containsExactly(k2, unlisted);
  }

  @Test
  void silentWhenTheTypeMatchesOrThereIsNoUrn() {
    Episode placeholder = episode(Y).placement(Placement.builder().type(PlacementType.K2).urn(Urn.of("XXXXXXX")).build()).build();
    Child c = child(Y).episodes(List.of(placedIn(PlacementType.U5), placeholder)).build();
    assertThat(flagged(rule, c, context(Y, Map.of(URN, baselineProvider())))).isEmpty();
  }
}
