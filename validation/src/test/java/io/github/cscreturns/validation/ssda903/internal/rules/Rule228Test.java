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

class Rule228Test {
  private static final CollectionYear Y = CollectionYear.Y2024_25;
  private final Rule228 rule = new Rule228();
  private static final LocalDate CLOSED = LocalDate.of(2024, 12, 31);

  private static Map<String, io.github.cscreturns.validation.ssda903.ReferenceData.Provider> closedOn(LocalDate date) {
    return Map.of(URN, provider(Set.of("U4"), Set.of("PR1"), Optional.of(date), Optional.of("BN1 1AA")));
  }

  @Test
  void firesWhenTheEpisodeEndsAfterTheRegistrationEndedOrIsOpenAtTheYearEnd() {
    Episode endsAfter = episode(Y).start(LocalDate.of(2024, 6, 1)).end(CLOSED.plusDays(1)).build();
    Episode open = episode(Y).start(LocalDate.of(2024, 6, 1)).build();
    Child c = child(Y).episodes(List.of(endsAfter, open)).build();
    assertThat(flagged(rule, c, context(Y, closedOn(CLOSED)))).containsExactly(endsAfter, open);
  }

  @Test
  void silentWhenTheEpisodeEndsByTheRegistrationEndOrTheProviderIsOpen() {
    Episode endsOnTheDay = episode(Y).start(LocalDate.of(2024, 6, 1)).end(CLOSED).build();
    Episode open = episode(Y).start(LocalDate.of(2024, 6, 1)).build();
    assertThat(flagged(rule, child(Y).episodes(List.of(endsOnTheDay)).build(), context(Y, closedOn(CLOSED)))).isEmpty();
    // Registration ending on 31 March itself: an open episode is still within it.
    assertThat(flagged(rule, child(Y).episodes(List.of(open)).build(), context(Y, closedOn(Y.ssda903End())))).isEmpty();
    assertThat(flagged(rule, child(Y).episodes(List.of(open)).build(), context(Y, Map.of(URN, baselineProvider())))).isEmpty();
  }
}
