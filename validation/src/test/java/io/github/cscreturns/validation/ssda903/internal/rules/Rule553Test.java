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

class Rule553Test {
  private final Rule553 rule = new Rule553();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2023_24"})
  void firesOnAnOrderWithoutADecisionOrAnOpenOrderWithACeasedDecision(CollectionYear year) {
    var order = episode(year).legalStatus(LegalStatus.E1).build();
    assertThat(flagged(rule, child(year).episodes(List.of(order)).build(), year)).containsExactly(order);
    var ceased = AdoptionRecords.placed(year).reasonCeased(ReasonPlacedForAdoptionCeased.RD1).build();
    assertThat(flagged(rule, child(year).episodes(List.of(order)).addPlacedForAdoption(ceased).build(), year)).containsExactly(ceased);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2023_24"})
  void silentOnAnOrderWithAnOpenDecisionOrAClosedOrder(CollectionYear year) {
    var order = episode(year).legalStatus(LegalStatus.E1).build();
    assertThat(flagged(rule, child(year).episodes(List.of(order)).addPlacedForAdoption(AdoptionRecords.placed(year).build()).build(), year)).isEmpty();
    var closed = order.withEnd(LocalDate.of(year.startYear(), 12, 1)).withReasonCeased(ReasonEpisodeCeased.E11);
    var ceased = AdoptionRecords.placed(year).ceasedDate(LocalDate.of(year.startYear(), 11, 1)).reasonCeased(ReasonPlacedForAdoptionCeased.RD1).build();
    assertThat(flagged(rule, child(year).episodes(List.of(closed)).addPlacedForAdoption(ceased).build(), year)).isEmpty();
    assertThat(flagged(rule, child(year).build(), year)).isEmpty();
  }
}
