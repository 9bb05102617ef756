package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ssda903.Uasc;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RuleInt36Test {
  private final RuleInt36 rule = new RuleInt36();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnEveryRowOfAChildTwiceInUasc(CollectionYear year) {
    Uasc first = Uasc.builder().build();
    Uasc second = Uasc.builder().ceasedDate(LocalDate.of(year.endYear(), 1, 1)).build();
    assertThat(flagged(rule, child(year).addUasc(first, second).build(), year)).containsExactly(first, second);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentOnOneRow(CollectionYear year) {
    assertThat(flagged(rule, child(year).addUasc(Uasc.builder().build()).build(), year)).isEmpty();
    assertThat(flagged(rule, child(year).build(), year)).isEmpty();
  }
}
