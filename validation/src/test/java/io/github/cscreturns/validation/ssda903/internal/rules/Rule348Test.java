package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.InTouch;
import io.github.cscreturns.core.ssda903.CareLeaverCheckpoint;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Rule348Test {
  private final Rule348 rule = new Rule348();

  private static RuleContext withLastYear(CollectionYear year, InTouch lastYear) {
    Child previous = child(year).addCareLeaverCheckpoints(CareLeaverCheckpoint.builder().inTouch(lastYear).build()).build();
    return RuleContext.of(year).withPrevious(Optional.of(previous));
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2025_26", "Y2026_27"})
  void firesWhenAYoungPersonReportedDeadLastYearIsNotThisYear(CollectionYear year) {
    CareLeaverCheckpoint oc3 = OutcomeFixtures.inTouchCareLeaver().build();
    assertThat(flagged(rule, child(year).addCareLeaverCheckpoints(oc3).build(), withLastYear(year, InTouch.DIED))).containsExactly(oc3);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2025_26", "Y2026_27"})
  void silentWhenStillReportedDeadOrAliveLastYear(CollectionYear year) {
    CareLeaverCheckpoint died = CareLeaverCheckpoint.builder().inTouch(InTouch.DIED).build();
    assertThat(flagged(rule, child(year).addCareLeaverCheckpoints(died).build(), withLastYear(year, InTouch.DIED))).isEmpty();
    CareLeaverCheckpoint oc3 = OutcomeFixtures.inTouchCareLeaver().build();
    assertThat(flagged(rule, child(year).addCareLeaverCheckpoints(oc3).build(), withLastYear(year, InTouch.YES))).isEmpty();
  }
}
