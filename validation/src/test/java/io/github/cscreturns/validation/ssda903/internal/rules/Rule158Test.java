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

class Rule158Test {
  private final Rule158 rule = new Rule158();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesWhenAnInterventionReceivedAlsoSaysWhetherOneWasOffered(CollectionYear year) {
    HealthOutcomes offered = completeOc2().substanceMisuse(Oc2Flag.YES).interventionReceived(Oc2Flag.YES).interventionOffered(Oc2Flag.NO).build();
    HealthOutcomes unparsed = completeOc2().substanceMisuse(Oc2Flag.YES).interventionReceived(Oc2Flag.YES).unparsed(Map.of("INTERVENTION_OFFERED", "Y")).build();
    assertThat(flagged(rule, child(year).addHealthOutcomes(offered).build(), year)).containsExactly(offered);
    assertThat(flagged(rule, child(year).addHealthOutcomes(unparsed).build(), year)).containsExactly(unparsed);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentWhenReceivedLeavesOfferedBlankOrWasNotReceived(CollectionYear year) {
    HealthOutcomes received = completeOc2().substanceMisuse(Oc2Flag.YES).interventionReceived(Oc2Flag.YES).build();
    HealthOutcomes notReceived = completeOc2().substanceMisuse(Oc2Flag.YES).interventionReceived(Oc2Flag.NO).interventionOffered(Oc2Flag.YES).build();
    assertThat(flagged(rule, child(year).addHealthOutcomes(received).build(), year)).isEmpty();
    assertThat(flagged(rule, child(year).addHealthOutcomes(notReceived).build(), year)).isEmpty();
  }
}
