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

class Rule522Test {
  private final Rule522 rule = new Rule522();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnACeasedDateBeforeTheDecision(CollectionYear year) {
    var p = AdoptionRecords.placed(year).ceasedDate(LocalDate.of(year.startYear(), 6, 30)).build();
    assertThat(flagged(rule, child(year).addPlacedForAdoption(p).build(), year)).containsExactly(p);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentOnTheSameDayOrLaterOrNoCeasedDate(CollectionYear year) {
    var same = AdoptionRecords.placed(year).ceasedDate(LocalDate.of(year.startYear(), 7, 1)).build();
    assertThat(flagged(rule, child(year).addPlacedForAdoption(same, AdoptionRecords.placed(year).build()).build(), year)).isEmpty();
  }
}
