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

class Rule186Test {
  private final Rule186 rule = new Rule186();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnNoScoreForAFourToSixteenYearOldInTheCohort(CollectionYear year) {
    HealthOutcomes oc2 = completeOc2().sdqScore(Optional.empty()).build();
    LocalDate fourOn1April = year.ssda903Start().minusYears(4);
    LocalDate seventeenAfter31March = year.ssda903End().plusDays(1).minusYears(17);
    assertThat(flagged(rule, bornOn(year, fourOn1April).addHealthOutcomes(oc2).build(), year)).containsExactly(oc2);
    assertThat(flagged(rule, bornOn(year, seventeenAfter31March).addHealthOutcomes(oc2).build(), year)).containsExactly(oc2);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentWithAScoreOrAReasonOutsideTheAgesOrOutsideTheCohort(CollectionYear year) {
    HealthOutcomes none = completeOc2().sdqScore(Optional.empty()).build();
    assertThat(flagged(rule, lookedAfterAllYear(year).addHealthOutcomes(completeOc2().build()).build(), year)).isEmpty();
    HealthOutcomes reason = completeOc2().sdqScore(Optional.empty()).sdqReason(SdqReason.SDQ2).build();
    assertThat(flagged(rule, lookedAfterAllYear(year).addHealthOutcomes(reason).build(), year)).isEmpty();
    assertThat(flagged(rule, bornOn(year, year.ssda903Start().minusYears(4).plusDays(1)).addHealthOutcomes(none).build(), year)).isEmpty();
    assertThat(flagged(rule, bornOn(year, year.ssda903End().minusYears(17)).addHealthOutcomes(none).build(), year)).isEmpty();
    assertThat(flagged(rule, child(year).addHealthOutcomes(none).build(), year)).isEmpty();
  }
}
