package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.female;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.validation.ssda903.RuleTester;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.MotherStatus;
import io.github.cscreturns.core.ssda903.Child;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Rule612Test {
  private final Rule612 rule = new Rule612();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2024_25"})
  void firesOnAChildsDateOfBirthForAGirlWhoIsNotAMother(CollectionYear year) {
    Child notMother = child(year).sex(female(year)).motherChildDob(LocalDate.of(year.startYear(), 5, 1)).build();
    assertThat(flagged(rule, notMother, year)).containsExactly(notMother);
    Child blank = child(year).sex(female(year)).motherStatus(Optional.empty()).unparsed(Map.of("MC_DOB", "x")).build();
    assertThat(flagged(rule, blank, year)).containsExactly(blank);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2024_25"})
  void silentForMothersBoysAndBlankDates(CollectionYear year) {
    assertThat(flagged(rule, child(year).build(), year)).isEmpty();
    LocalDate date = LocalDate.of(year.startYear(), 5, 1);
    assertThat(flagged(rule, child(year).sex(female(year)).motherStatus(MotherStatus.IS_A_MOTHER).motherChildDob(date).build(), year)).isEmpty();
    assertThat(flagged(rule, child(year).motherChildDob(date).build(), year)).isEmpty();
    assertThat(flagged(rule, child(year).sex(female(year)).build(), year)).isEmpty();
  }
}
