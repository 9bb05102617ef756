package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static io.github.cscreturns.validation.ssda903.internal.rules.OutcomeFixtures.bornOn;
import static io.github.cscreturns.validation.ssda903.internal.rules.OutcomeFixtures.completeOc2;
import static io.github.cscreturns.validation.ssda903.internal.rules.OutcomeFixtures.lookedAfterAllYear;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.Oc2Flag;
import io.github.cscreturns.codesets.ssda903.SdqReason;
import io.github.cscreturns.core.ssda903.HealthOutcomes;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Rule546Test {
  private final Rule546 rule = new Rule546();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnHealthPromotionForAFiveYearOld(CollectionYear year) {
    HealthOutcomes oc2 = completeOc2().healthCheck(Oc2Flag.YES).build();
    LocalDate fiveOn31March = year.ssda903End().minusYears(5);
    assertThat(flagged(rule, bornOn(year, fiveOn31March).addHealthOutcomes(oc2).build(), year)).containsExactly(oc2);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentUnderFiveOrWithoutHealthPromotion(CollectionYear year) {
    HealthOutcomes filled = completeOc2().healthCheck(Oc2Flag.YES).build();
    assertThat(flagged(rule, bornOn(year, year.ssda903End().minusYears(5).plusDays(1)).addHealthOutcomes(filled).build(), year)).isEmpty();
    HealthOutcomes blank = completeOc2().healthCheck(Optional.empty()).build();
    assertThat(flagged(rule, lookedAfterAllYear(year).addHealthOutcomes(blank).build(), year)).isEmpty();
  }
}
