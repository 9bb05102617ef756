package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RuleInt35Test {
  private final RuleInt35 rule = new RuleInt35();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnEveryRowOfAChildWithTwo(CollectionYear year) {
    var first = AdoptionRecords.noPreviousPermanence().build();
    var second = AdoptionRecords.noPreviousPermanence().build();
    assertThat(flagged(rule, child(year).previousPermanence(List.of(first, second)).build(), year)).containsExactly(first, second);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentOnOneRowOrNone(CollectionYear year) {
    assertThat(flagged(rule, child(year).build(), year)).isEmpty();
    assertThat(flagged(rule, child(year).previousPermanence(List.of(AdoptionRecords.noPreviousPermanence().build())).build(), year)).isEmpty();
  }
}
