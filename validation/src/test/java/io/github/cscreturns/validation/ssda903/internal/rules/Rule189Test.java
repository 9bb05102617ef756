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

class Rule189Test {
  private final Rule189 rule = new Rule189();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnAnSdqForAChildSeventeenOn1April(CollectionYear year) {
    LocalDate seventeenOn1April = LocalDate.of(year.startYear() - 17, 4, 1);
    HealthOutcomes reason = HealthOutcomes.builder().sdqReason(SdqReason.SDQ1).build();
    assertThat(flagged(rule, child(year).dob(seventeenOn1April).addHealthOutcomes(reason).build(), year)).containsExactly(reason);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentForASixteenYearOldOn1April(CollectionYear year) {
    LocalDate seventeenOn2April = LocalDate.of(year.startYear() - 17, 4, 2);
    HealthOutcomes score = HealthOutcomes.builder().sdqScore(20).build();
    assertThat(flagged(rule, child(year).dob(seventeenOn2April).addHealthOutcomes(score).build(), year)).isEmpty();
  }
}
