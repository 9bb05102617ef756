package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.episode;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.*;
import io.github.cscreturns.core.ssda903.*;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Rule557Test {
  private final Rule557 rule = new Rule557();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2024_25"})
  void firesOnLeavingCareUnadoptedWithTheDecisionNotCeased(CollectionYear year) {
    var left = episode(year).start(LocalDate.of(year.startYear(), 8, 1)).reasonNewEpisode(ReasonNewEpisode.P)
        .placement(Placement.builder().type(PlacementType.A4).provider(PlacementProvider.PR1).postcode(io.github.cscreturns.core.Postcode.of("BN1 1AA")).build()).end(LocalDate.of(year.startYear(), 12, 1)).reasonCeased(ReasonEpisodeCeased.E4A).build();
    assertThat(flagged(rule, child(year).episodes(List.of(left)).build(), year)).containsExactly(left);
    var open = AdoptionRecords.placed(year).build();
    assertThat(flagged(rule, child(year).episodes(List.of(left)).addPlacedForAdoption(open).build(), year)).containsExactly(left, open);
    var order = episode(year).legalStatus(LegalStatus.E1).end(LocalDate.of(year.startYear(), 12, 1)).reasonCeased(ReasonEpisodeCeased.E4A).build();
    assertThat(flagged(rule, child(year).episodes(List.of(order)).build(), year)).containsExactly(order);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2024_25"})
  void silentOnAdoptionOrACeasedDecision(CollectionYear year) {
    var adopted = episode(year).start(LocalDate.of(year.startYear(), 8, 1)).reasonNewEpisode(ReasonNewEpisode.P)
        .placement(Placement.builder().type(PlacementType.A4).provider(PlacementProvider.PR1).postcode(io.github.cscreturns.core.Postcode.of("BN1 1AA")).build()).end(LocalDate.of(year.startYear(), 12, 1)).reasonCeased(ReasonEpisodeCeased.E11).build();
    assertThat(flagged(rule, child(year).episodes(List.of(adopted)).build(), year)).isEmpty();
    var left = adopted.withReasonCeased(ReasonEpisodeCeased.E4A);
    var ceased = AdoptionRecords.placed(year).ceasedDate(LocalDate.of(year.startYear(), 11, 1)).reasonCeased(ReasonPlacedForAdoptionCeased.RD1).build();
    assertThat(flagged(rule, child(year).episodes(List.of(left)).addPlacedForAdoption(ceased).build(), year)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void firesOnAFreeingOrderTo2023_24AndSilentFrom2024_25() {
    CollectionYear year = CollectionYear.Y2023_24;
    var freed = episode(year).legalStatus(LegalStatus.D1).end(LocalDate.of(year.startYear(), 12, 1)).reasonCeased(ReasonEpisodeCeased.E4A).build();
    assertThat(flagged(rule, child(year).episodes(List.of(freed)).build(), year)).containsExactly(freed);
    var placementOrdersOnly = new Rule557(java.util.EnumSet.of(LegalStatus.E1));
    assertThat(flagged(placementOrdersOnly, child(year).episodes(List.of(freed)).build(), year)).isEmpty();
  }
}
