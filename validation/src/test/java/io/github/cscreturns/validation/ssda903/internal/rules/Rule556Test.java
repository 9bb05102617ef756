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

class Rule556Test {
  private final Rule556 rule = new Rule556();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2023_24"})
  void firesOnADecisionAfterTheFreeingOrder(CollectionYear year) {
    var order = episode(year).legalStatus(LegalStatus.D1).build();
    assertThat(flagged(rule, child(year).episodes(List.of(order)).addPlacedForAdoption(AdoptionRecords.placed(year).build()).build(), year)).containsExactly(order);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2023_24"})
  void silentOnADecisionOnOrBeforeTheFreeingOrder(CollectionYear year) {
    var order = episode(year).legalStatus(LegalStatus.D1).build();
    var sameDay = AdoptionRecords.placed(year).decisionDate(order.start().get()).build();
    assertThat(flagged(rule, child(year).episodes(List.of(order)).addPlacedForAdoption(sameDay).build(), year)).isEmpty();
  }
}
