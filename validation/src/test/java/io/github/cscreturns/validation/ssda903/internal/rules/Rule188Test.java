package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static io.github.cscreturns.validation.ssda903.internal.rules.OutcomeFixtures.completeOc2;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.Oc2Flag;
import io.github.cscreturns.codesets.ssda903.SdqReason;
import io.github.cscreturns.core.ssda903.HealthOutcomes;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Rule188Test {
  private final Rule188 rule = new Rule188();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnAnSdqForAChildUnderFourAt31March(CollectionYear year) {
    LocalDate fourthBirthdayAfterYearEnd = LocalDate.of(year.endYear() - 4, 4, 1);
    HealthOutcomes score = HealthOutcomes.builder().sdqScore(3).build();
    HealthOutcomes reason = HealthOutcomes.builder().sdqReason(SdqReason.SDQ1).build();
    assertThat(flagged(rule, child(year).dob(fourthBirthdayAfterYearEnd).addHealthOutcomes(score, reason).build(), year)).containsExactly(score, reason);
    HealthOutcomes ownDob = HealthOutcomes.builder().sdqScore(3).dob(fourthBirthdayAfterYearEnd).build();
    assertThat(flagged(rule, child(year).addHealthOutcomes(ownDob).build(), year)).containsExactly(ownDob);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentAtFourOnTheLastDayOrWithoutAnSdq(CollectionYear year) {
    LocalDate fourOn31March = LocalDate.of(year.endYear() - 4, 3, 31);
    HealthOutcomes score = HealthOutcomes.builder().sdqScore(3).build();
    assertThat(flagged(rule, child(year).dob(fourOn31March).addHealthOutcomes(score).build(), year)).isEmpty();
    HealthOutcomes none = HealthOutcomes.builder().build();
    assertThat(flagged(rule, child(year).dob(fourOn31March.plusDays(1)).addHealthOutcomes(none).build(), year)).isEmpty();
  }
}
