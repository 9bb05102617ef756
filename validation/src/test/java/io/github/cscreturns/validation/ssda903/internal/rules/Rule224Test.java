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

class Rule224Test {
  private static final CollectionYear Y = CollectionYear.Y2025_26;
  private final Rule224 rule = new Rule224();

  private static Episode providedBy(PlacementProvider provider) {
    return episode(Y).placement(Placement.builder().type(PlacementType.U4).provider(provider).urn(Urn.of(URN)).build()).build();
  }

  @Test
  void firesWhenThePlacementProviderIsNotTheListedOne() {
    Episode pr4 = providedBy(PlacementProvider.PR4);
    Episode blank = episode(Y).placement(Placement.builder().type(PlacementType.U4).urn(Urn.of(URN)).build()).build();
    Child c = child(Y).episodes(List.of(providedBy(PlacementProvider.PR1), pr4, blank)).build();
    assertThat(flagged(rule, c, context(Y, Map.of(URN, baselineProvider())))).containsExactly(pr4, blank);
  }

  @Test
  void silentWhenTheProviderMatches() {
    Child c = child(Y).episodes(List.of(providedBy(PlacementProvider.PR1))).build();
    assertThat(flagged(rule, c, context(Y, Map.of(URN, baselineProvider())))).isEmpty();
  }
}
