package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RuleInt02Test {
  private final RuleInt02 rule = new RuleInt02();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnEveryRowOfAChildWithoutAHeaderRow(CollectionYear year) {
    var first = AdoptionRecords.placed(year).build();
    var second = AdoptionRecords.placed(year).build();
    var orphan = child(year).headerRecorded(false).addPlacedForAdoption(first, second).build();
    assertThat(flagged(rule, orphan, year)).containsExactly(first, second);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentOnAChildInTheHeader(CollectionYear year) {
    assertThat(flagged(rule, child(year).addPlacedForAdoption(AdoptionRecords.placed(year).build()).build(), year)).isEmpty();
  }
}
