package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static io.github.cscreturns.validation.ssda903.internal.rules.OutcomeFixtures.completeOc2;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.InTouch;
import io.github.cscreturns.core.ssda903.CareLeaverCheckpoint;
import io.github.cscreturns.core.ssda903.HealthOutcomes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Rule215Test {
  private final Rule215 rule = new Rule215();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnBothRecordsWhenACareLeaverHasOutcomeItems(CollectionYear year) {
    CareLeaverCheckpoint oc3 = CareLeaverCheckpoint.builder().inTouch(InTouch.DIED).build();
    HealthOutcomes oc2 = completeOc2().build();
    assertThat(flagged(rule, child(year).addCareLeaverCheckpoints(oc3).addHealthOutcomes(oc2).build(), year)).containsExactly(oc3, oc2);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentWithOnlyOneOfThemOrOnlyAnSdq(CollectionYear year) {
    CareLeaverCheckpoint oc3 = CareLeaverCheckpoint.builder().inTouch(InTouch.YES).build();
    assertThat(flagged(rule, child(year).addCareLeaverCheckpoints(oc3).build(), year)).isEmpty();
    assertThat(flagged(rule, child(year).addHealthOutcomes(completeOc2().build()).build(), year)).isEmpty();
    HealthOutcomes sdqOnly = HealthOutcomes.builder().sdqScore(3).build();
    assertThat(flagged(rule, child(year).addCareLeaverCheckpoints(oc3).addHealthOutcomes(sdqOnly).build(), year)).isEmpty();
  }
}
