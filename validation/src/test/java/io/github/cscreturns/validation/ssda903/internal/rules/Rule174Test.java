package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.female;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static io.github.cscreturns.validation.ssda903.RuleTester.male;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.validation.ssda903.RuleTester;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ssda903.Child;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Rule174Test {
  private final Rule174 rule = new Rule174();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2023_24", "Y2024_25", "Y2026_27"})
  void firesForAMaleWithAChildsDateOfBirth(CollectionYear year) {
    Child c = child(year).sex(male(year)).motherChildDob(LocalDate.of(year.startYear(), 5, 1)).build();
    assertThat(flagged(rule, c, year)).containsExactly(c);
    Child unparsed = child(year).sex(male(year)).unparsed(Map.of("MC_DOB", "??")).build();
    assertThat(flagged(rule, unparsed, year)).containsExactly(unparsed);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2023_24", "Y2024_25", "Y2026_27"})
  void silentForFemalesAndBlankDates(CollectionYear year) {
    assertThat(flagged(rule, child(year).build(), year)).isEmpty();
    Child mother = child(year).sex(female(year)).motherChildDob(LocalDate.of(year.startYear(), 5, 1)).build();
    assertThat(flagged(rule, mother, year)).isEmpty();
  }
}
