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

class Rule197BTest {
  private final Rule197B rule = new Rule197B();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnNeitherScoreNorReasonForAChildTurningFourOrSeventeen(CollectionYear year) {
    HealthOutcomes oc2 = completeOc2().sdqScore(Optional.empty()).build();
    assertThat(flagged(rule, bornOn(year, year.ssda903End().minusYears(4)).addHealthOutcomes(oc2).build(), year)).containsExactly(oc2);
    assertThat(flagged(rule, bornOn(year, year.ssda903Start().plusDays(1).minusYears(17)).addHealthOutcomes(oc2).build(), year)).containsExactly(oc2);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentWithAReasonForOtherAgesOrOutsideTheCohort(CollectionYear year) {
    HealthOutcomes none = completeOc2().sdqScore(Optional.empty()).build();
    HealthOutcomes reason = completeOc2().sdqScore(Optional.empty()).sdqReason(SdqReason.SDQ1).build();
    LocalDate turnsFour = year.ssda903End().minusYears(4);
    assertThat(flagged(rule, bornOn(year, turnsFour).addHealthOutcomes(reason).build(), year)).isEmpty();
    assertThat(flagged(rule, lookedAfterAllYear(year).addHealthOutcomes(none).build(), year)).isEmpty();
    // 17 on 1 April: rule 189 forbids an SDQ for this child
    assertThat(flagged(rule, bornOn(year, year.ssda903Start().minusYears(17)).addHealthOutcomes(none).build(), year)).isEmpty();
    assertThat(flagged(rule, child(year).dob(turnsFour).addHealthOutcomes(none).build(), year)).isEmpty();
  }
}
