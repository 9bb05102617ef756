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

class Rule563Test {
  private final Rule563 rule = new Rule563();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnACeasedDecisionWithoutItsDate(CollectionYear year) {
    var p = PlacedForAdoption.builder().ceasedDate(LocalDate.of(year.startYear(), 12, 1)).reasonCeased(ReasonPlacedForAdoptionCeased.RD3).build();
    assertThat(flagged(rule, child(year).addPlacedForAdoption(p).build(), year)).containsExactly(p);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentWhereTheDecisionHasADateOrHasNotCeased(CollectionYear year) {
    var dated = AdoptionRecords.placed(year).ceasedDate(LocalDate.of(year.startYear(), 12, 1)).reasonCeased(ReasonPlacedForAdoptionCeased.RD3).build();
    var notCeased = PlacedForAdoption.builder().reasonCeased(ReasonPlacedForAdoptionCeased.RD3).build();
    assertThat(flagged(rule, child(year).addPlacedForAdoption(dated, notCeased).build(), year)).isEmpty();
  }
}
