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

class Rule1003Test {
  private final Rule1003 rule = new Rule1003();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnADecisionBeforeTheChildStartedToBeLookedAfter(CollectionYear year) {
    var first = episode(year).build();
    var early = AdoptionRecords.placed(year).decisionDate(first.start().get().minusDays(1)).build();
    assertThat(flagged(rule, child(year).episodes(List.of(first)).addPlacedForAdoption(early).build(), year)).containsExactly(first, early);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentOnADecisionInCare(CollectionYear year) {
    var first = episode(year).build();
    var sameDay = AdoptionRecords.placed(year).decisionDate(first.start().get()).build();
    assertThat(flagged(rule, child(year).episodes(List.of(first)).addPlacedForAdoption(sameDay).build(), year)).isEmpty();
  }
}
