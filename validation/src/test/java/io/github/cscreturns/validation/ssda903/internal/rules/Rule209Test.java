package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.validation.ssda903.RuleTester;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.Upn;
import io.github.cscreturns.core.ssda903.Child;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class Rule209Test {
  private final Rule209 rule = new Rule209();
  private static final CollectionYear YEAR = CollectionYear.Y2022_23; // reference date 31 August 2021

  @Test
  void firesOnUn1ForAChildOfSchoolAge() {
    Child four = child(YEAR).upn(Upn.of("UN1")).dob(LocalDate.of(2017, 8, 31)).build();
    assertThat(flagged(rule, four, YEAR)).containsExactly(four);
  }

  @Test
  void silentBelowSchoolAgeOrWithAnotherCode() {
    assertThat(flagged(rule, child(YEAR).build(), YEAR)).isEmpty();
    assertThat(flagged(rule, child(YEAR).upn(Upn.of("UN1")).dob(LocalDate.of(2017, 9, 1)).build(), YEAR)).isEmpty();
    assertThat(flagged(rule, child(YEAR).upn(Upn.of("UN2")).dob(LocalDate.of(2010, 1, 1)).build(), YEAR)).isEmpty();
    assertThat(flagged(rule, child(YEAR).upn(Upn.of("UN1")).dob(Optional.empty()).build(), YEAR)).isEmpty();
  }
}
