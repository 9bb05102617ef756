package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.female;
import static io.github.cscreturns.validation.ssda903.internal.rules.LastYearTester.flaggedAgainst;
import static io.github.cscreturns.validation.ssda903.internal.rules.LastYearTester.flaggedWithoutLastYearsRecord;
import static io.github.cscreturns.validation.ssda903.internal.rules.LastYearTester.lastYearsChild;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Requirement;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Rule202Test {
  private final Rule202 rule = new Rule202();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2025_26"})
  void firesWhenTheSexDiffersFromLastYearsOrIsNowBlank(CollectionYear y) {
    Child now = child(y).sex(female(y)).build();
    assertThat(flaggedAgainst(rule, y, now, lastYearsChild(y).build())).containsExactly(now);
    Child blank = child(y).sex(Optional.empty()).build();
    assertThat(flaggedAgainst(rule, y, blank, lastYearsChild(y).build())).containsExactly(blank);
  }

  @Test
  void silentOnTheSameSexOrForAChildNewToTheReturn() {
    CollectionYear y = CollectionYear.Y2024_25;
    assertThat(flaggedAgainst(rule, y, child(y).build(), child(y).build())).isEmpty();
    assertThat(flaggedAgainst(rule, y, child(y).sex(Optional.empty()).build(), child(y).sex(Optional.empty()).build())).isEmpty();
    assertThat(flaggedWithoutLastYearsRecord(rule, y, child(y).sex(female(y)).build())).isEmpty();
    assertThat(rule.requirements()).containsExactly(Requirement.PREVIOUS_YEAR);
  }

  @Test
  void silentAcrossThe2024RecodingOfGenderToSexAndFiresOnAChangeAcrossIt() {
    CollectionYear y = CollectionYear.Y2024_25;
    Child lastYearMale = child(y).sex(io.github.cscreturns.codesets.ssda903.Sex.GENDER_MALE).build();
    assertThat(flaggedAgainst(rule, y, child(y).sex(io.github.cscreturns.codesets.ssda903.Sex.M).build(), lastYearMale)).isEmpty();
    Child nowFemale = child(y).sex(io.github.cscreturns.codesets.ssda903.Sex.F).build();
    assertThat(flaggedAgainst(rule, y, nowFemale, lastYearMale)).containsExactly(nowFemale);
  }

  @Test
  void firesOnACodeOfTheOtherEraAgainstLastYearsCode() {
    // "F" is no gender code in 2022-23: it disagrees with last year's 2 rather than meaning the same.
    CollectionYear y = CollectionYear.Y2022_23;
    Child otherEra = child(y).sex(io.github.cscreturns.codesets.ssda903.Sex.F).build();
    Child lastYear = lastYearsChild(y).sex(io.github.cscreturns.codesets.ssda903.Sex.GENDER_FEMALE).build();
    assertThat(flaggedAgainst(rule, y, otherEra, lastYear)).containsExactly(otherEra);
  }
}
