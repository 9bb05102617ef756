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

class Rule182Test {
  private final Rule182 rule = new Rule182();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesWhenAnotherItemIsAnsweredButACoreItemIsBlank(CollectionYear year) {
    HealthOutcomes noTeeth = completeOc2().teethCheck(Optional.empty()).build();
    HealthOutcomes onlyConvicted = HealthOutcomes.builder().convicted(Oc2Flag.NO).build();
    assertThat(flagged(rule, child(year).addHealthOutcomes(noTeeth, onlyConvicted).build(), year)).containsExactly(noTeeth, onlyConvicted);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentWhenCoreItemsAreCompleteOrAllItemsBlank(CollectionYear year) {
    HealthOutcomes onlyScore = HealthOutcomes.builder().sdqScore(10).build();
    HealthOutcomes coreOnly = HealthOutcomes.builder().immunisations(Oc2Flag.NO).teethCheck(Oc2Flag.NO).healthAssessment(Oc2Flag.NO).substanceMisuse(Oc2Flag.NO).build();
    assertThat(flagged(rule, child(year).addHealthOutcomes(completeOc2().build(), onlyScore, coreOnly).build(), year)).isEmpty();
  }
}
