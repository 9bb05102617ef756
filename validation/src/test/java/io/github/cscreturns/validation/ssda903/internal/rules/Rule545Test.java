package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static io.github.cscreturns.validation.ssda903.internal.rules.OutcomeFixtures.bornOn;
import static io.github.cscreturns.validation.ssda903.internal.rules.OutcomeFixtures.completeOc2;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.Oc2Flag;
import io.github.cscreturns.core.ssda903.HealthOutcomes;
import io.github.cscreturns.validation.ssda903.RuleTester;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Rule545Test {
  private final Rule545 rule = new Rule545();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2024_25", "Y2026_27"})
  void firesOnBlankHealthPromotionForAFourYearOldLookedAfterAllYear(CollectionYear year) {
    HealthOutcomes oc2 = completeOc2().healthCheck(Optional.empty()).build();
    LocalDate fiveAfterYearEnd = LocalDate.of(year.endYear() - 5, 4, 1);
    assertThat(flagged(rule, bornOn(year, fiveAfterYearEnd).addHealthOutcomes(oc2).build(), year)).containsExactly(oc2);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2024_25", "Y2026_27"})
  void silentWhenCompletedFiveOrNotLookedAfterAllYear(CollectionYear year) {
    LocalDate fiveAfterYearEnd = LocalDate.of(year.endYear() - 5, 4, 1);
    HealthOutcomes blank = completeOc2().healthCheck(Optional.empty()).build();
    HealthOutcomes completed = completeOc2().healthCheck(Oc2Flag.YES).build();
    assertThat(flagged(rule, bornOn(year, fiveAfterYearEnd).addHealthOutcomes(completed).build(), year)).isEmpty();
    assertThat(flagged(rule, bornOn(year, fiveAfterYearEnd.minusDays(1)).addHealthOutcomes(blank).build(), year)).isEmpty();
    // The baseline child started to be looked after on 1 June of the year.
    assertThat(flagged(rule, RuleTester.child(year).dob(fiveAfterYearEnd).addHealthOutcomes(blank).build(), year)).isEmpty();
  }
}
