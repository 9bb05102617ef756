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

class Rule227Test {
  private static final CollectionYear Y = CollectionYear.Y2023_24;
  private final Rule227 rule = new Rule227();
  private static final LocalDate CLOSED = LocalDate.of(2023, 9, 30);

  private static Map<String, io.github.cscreturns.validation.ssda903.ReferenceData.Provider> closedProvider() {
    return Map.of(URN, provider(Set.of("U4"), Set.of("PR1"), Optional.of(CLOSED), Optional.of("BN1 1AA")));
  }

  @Test
  void firesWhenTheEpisodeStartsOnOrAfterTheRegistrationEnded() {
    Episode onTheDay = episode(Y).start(CLOSED).build();
    Episode after = episode(Y).start(CLOSED.plusDays(1)).build();
    Episode before = episode(Y).start(CLOSED.minusDays(1)).build();
    Child c = child(Y).episodes(List.of(before, onTheDay, after)).build();
    assertThat(flagged(rule, c, context(Y, closedProvider()))).containsExactly(onTheDay, after);
  }

  @Test
  void silentWhileTheProviderIsRegisteredOrUnlisted() {
    Child c = child(Y).episodes(List.of(episode(Y).start(LocalDate.of(2024, 1, 1)).build())).build();
    assertThat(flagged(rule, c, context(Y, Map.of(URN, baselineProvider())))).isEmpty();
    assertThat(flagged(rule, c, context(Y, Map.of()))).isEmpty();
  }
}
