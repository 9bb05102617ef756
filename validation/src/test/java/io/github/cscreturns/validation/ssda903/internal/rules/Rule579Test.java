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

class Rule579Test {
  private final Rule579 rule = new Rule579();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnADecisionAfterAnOpenOneOrOverlappingTheOneBefore(CollectionYear year) {
    int y = year.startYear();
    var first = AdoptionRecords.placed(year).decisionDate(LocalDate.of(y, 4, 10)).ceasedDate(LocalDate.of(y, 6, 1)).build();
    var overlapping = AdoptionRecords.placed(year).decisionDate(LocalDate.of(y, 5, 1)).build();
    var afterOpen = AdoptionRecords.placed(year).decisionDate(LocalDate.of(y, 9, 1)).ceasedDate(LocalDate.of(y, 10, 1)).build();
    assertThat(flagged(rule, child(year).addPlacedForAdoption(afterOpen, overlapping, first).build(), year))
        .containsExactlyInAnyOrder(overlapping, afterOpen);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentOnDecisionsOneAfterAnother(CollectionYear year) {
    int y = year.startYear();
    var first = AdoptionRecords.placed(year).decisionDate(LocalDate.of(y, 4, 10)).ceasedDate(LocalDate.of(y, 6, 1)).build();
    var second = AdoptionRecords.placed(year).decisionDate(LocalDate.of(y, 6, 1)).build();
    assertThat(flagged(rule, child(year).addPlacedForAdoption(second, first).build(), year)).isEmpty();
    assertThat(flagged(rule, child(year).addPlacedForAdoption(second).build(), year)).isEmpty();
  }
}
