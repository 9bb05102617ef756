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

class Rule157Test {
  private final Rule157 rule = new Rule157();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnSdq1ForAChildFromFourToSixteen(CollectionYear year) {
    HealthOutcomes oc2 = completeOc2().sdqScore(Optional.empty()).sdqReason(SdqReason.SDQ1).build();
    assertThat(flagged(rule, bornOn(year, year.ssda903Start().minusYears(4)).addHealthOutcomes(oc2).build(), year)).containsExactly(oc2);
    assertThat(flagged(rule, lookedAfterAllYear(year).addHealthOutcomes(oc2).build(), year)).containsExactly(oc2);
    // the 16th birthday on 31 March: still "16 years or under at the end of the year"
    assertThat(flagged(rule, bornOn(year, year.ssda903End().minusYears(16)).addHealthOutcomes(oc2).build(), year)).containsExactly(oc2);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentForOtherReasonsOrAgesOrOutsideTheCohort(CollectionYear year) {
    HealthOutcomes sdq1 = completeOc2().sdqScore(Optional.empty()).sdqReason(SdqReason.SDQ1).build();
    HealthOutcomes sdq2 = completeOc2().sdqScore(Optional.empty()).sdqReason(SdqReason.SDQ2).build();
    assertThat(flagged(rule, lookedAfterAllYear(year).addHealthOutcomes(sdq2).build(), year)).isEmpty();
    assertThat(flagged(rule, bornOn(year, year.ssda903End().minusYears(17)).addHealthOutcomes(sdq1).build(), year)).isEmpty();
    // the 16th birthday the day before 31 March: past 16 at the end of the year
    assertThat(flagged(rule, bornOn(year, year.ssda903End().minusYears(16).minusDays(1)).addHealthOutcomes(sdq1).build(), year)).isEmpty();
    assertThat(flagged(rule, bornOn(year, year.ssda903Start().minusYears(4).plusDays(1)).addHealthOutcomes(sdq1).build(), year)).isEmpty();
    assertThat(flagged(rule, child(year).addHealthOutcomes(sdq1).build(), year)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2024_25"})
  void judgesTheDobOnTheOc2RowSoABlankOrUnreadableOneIsNoAge(CollectionYear year) {
    // the reference compares the OC2 row's own DOB: left blank, or not a date, the row has no age
    HealthOutcomes blankDob =
        completeOc2().sdqScore(Optional.empty()).sdqReason(SdqReason.SDQ1).asWritten(java.util.Map.of("DOB", "")).build();
    assertThat(flagged(rule, lookedAfterAllYear(year).addHealthOutcomes(blankDob).build(), year)).isEmpty();
    HealthOutcomes notADate =
        completeOc2().sdqScore(Optional.empty()).sdqReason(SdqReason.SDQ1).unparsed(java.util.Map.of("DOB", "zz/zz/2015")).build();
    assertThat(flagged(rule, lookedAfterAllYear(year).addHealthOutcomes(notADate).build(), year)).isEmpty();
  }
}
