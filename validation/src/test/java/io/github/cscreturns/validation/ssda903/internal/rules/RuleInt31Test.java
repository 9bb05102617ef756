package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RuleInt31Test {
  private final RuleInt31 rule = new RuleInt31();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnEveryRowOfAChildWithTwo(CollectionYear year) {
    var first = AdoptionRecords.adoption(year).build();
    var second = AdoptionRecords.adoption(year).build();
    assertThat(flagged(rule, child(year).addAdoptions(first, second).build(), year)).containsExactly(first, second);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentOnOneRowOrNone(CollectionYear year) {
    assertThat(flagged(rule, child(year).build(), year)).isEmpty();
    assertThat(flagged(rule, child(year).addAdoptions(AdoptionRecords.adoption(year).build()).build(), year)).isEmpty();
  }
}
