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

class Rule1008Test {
  private final Rule1008 rule = new Rule1008();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2023_24", "Y2024_25", "Y2025_26", "Y2026_27"})
  void firesOnAUrnOnNoList(CollectionYear y) {
    Episode unknown = episode(y).placement(Placement.builder().from(episode(y).build().placement()).urn(Urn.of("SC999999")).build()).build();
    Child c = child(y).episodes(List.of(episode(y).build(), unknown)).build();
    assertThat(flagged(rule, c, context(y, Map.of(URN, baselineProvider())))).containsExactly(unknown);
  }

  @Test
  void silentOnListedUrnsTheBlankAndThePlaceholder() {
    CollectionYear y = CollectionYear.Y2024_25;
    Episode none = episode(y).placement(Placement.builder().type(PlacementType.U4).provider(PlacementProvider.PR1).build()).build();
    Episode placeholder = episode(y).placement(Placement.builder().type(PlacementType.U4).urn(Urn.of("XXXXXXX")).build()).build();
    Child c = child(y).episodes(List.of(episode(y).build(), none, placeholder)).build();
    assertThat(flagged(rule, c, context(y, Map.of(URN, baselineProvider())))).isEmpty();
    assertThat(rule.requirements()).containsExactly(Requirement.PROVIDER_DIRECTORY);
  }
}
