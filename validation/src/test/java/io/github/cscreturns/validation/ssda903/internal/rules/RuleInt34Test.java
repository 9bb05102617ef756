package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.InTouch;
import io.github.cscreturns.core.ssda903.CareLeaverCheckpoint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RuleInt34Test {
  private final RuleInt34 rule = new RuleInt34();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnEveryOc3RecordOfAChildWithTwo(CollectionYear year) {
    CareLeaverCheckpoint first = OutcomeFixtures.inTouchCareLeaver().build();
    CareLeaverCheckpoint second = OutcomeFixtures.inTouchCareLeaver().inTouch(InTouch.NO).build();
    assertThat(flagged(rule, child(year).addCareLeaverCheckpoints(first, second).build(), year)).containsExactly(first, second);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentOnOneOrNone(CollectionYear year) {
    assertThat(flagged(rule, child(year).addCareLeaverCheckpoints(OutcomeFixtures.inTouchCareLeaver().build()).build(), year)).isEmpty();
    assertThat(flagged(rule, child(year).build(), year)).isEmpty();
  }
}
