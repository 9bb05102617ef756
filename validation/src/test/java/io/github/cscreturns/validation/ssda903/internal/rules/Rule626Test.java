package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.internal.rules.LastYearTester.flaggedAgainst;
import static io.github.cscreturns.validation.ssda903.internal.rules.LastYearTester.lastYearsChild;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.MotherStatus;
import io.github.cscreturns.core.ssda903.Child;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class Rule626Test {
  private final Rule626 rule = new Rule626();
  private final CollectionYear y = CollectionYear.Y2024_25;

  private Child mother(LocalDate firstChildBorn) {
    return child(y).motherStatus(MotherStatus.IS_A_MOTHER).motherChildDob(firstChildBorn).build();
  }

  @Test
  void firesWhenTheFirstChildWasBornBeforeTheYearButLastYearSaidNotAMother() {
    Child now = mother(LocalDate.of(2024, 3, 31));
    assertThat(flaggedAgainst(rule, y, now, lastYearsChild(y).motherStatus(MotherStatus.NOT_A_MOTHER).build())).containsExactly(now);
  }

  @Test
  void silentForABirthInTheYearOrAMotherLastYearToo() {
    Child bornInYear = mother(LocalDate.of(2024, 4, 1));
    assertThat(flaggedAgainst(rule, y, bornInYear, lastYearsChild(y).motherStatus(MotherStatus.NOT_A_MOTHER).build())).isEmpty();
    Child before = mother(LocalDate.of(2023, 6, 1));
    assertThat(flaggedAgainst(rule, y, before, lastYearsChild(y).motherStatus(MotherStatus.IS_A_MOTHER).build())).isEmpty();
  }
}
