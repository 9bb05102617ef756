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

class Rule192Test {
  private final Rule192 rule = new Rule192();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnASubstanceMisuseProblemWithoutInterventionReceived(CollectionYear year) {
    HealthOutcomes oc2 = completeOc2().substanceMisuse(Oc2Flag.YES).build();
    assertThat(flagged(rule, child(year).addHealthOutcomes(oc2).build(), year)).containsExactly(oc2);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentWhenReceivedIsAnsweredOrNoProblem(CollectionYear year) {
    HealthOutcomes answered = completeOc2().substanceMisuse(Oc2Flag.YES).interventionReceived(Oc2Flag.NO).build();
    assertThat(flagged(rule, child(year).addHealthOutcomes(answered, completeOc2().build()).build(), year)).isEmpty();
  }
}
