package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.CareLeaverAccommodation;
import io.github.cscreturns.codesets.ssda903.CareLeaverActivity;
import io.github.cscreturns.codesets.ssda903.InTouch;
import io.github.cscreturns.core.ssda903.CareLeaverCheckpoint;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Rule345Test {
  private final Rule345 rule = new Rule345();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnAZeroForAYoungPersonInTouch(CollectionYear year) {
    CareLeaverCheckpoint zero = OutcomeFixtures.inTouchCareLeaver().activity(CareLeaverActivity.NOT_IN_TOUCH).build();
    assertThat(flagged(rule, child(year).addCareLeaverCheckpoints(zero).build(), year)).containsExactly(zero);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentOnCodesOrWhenNotInTouch(CollectionYear year) {
    CareLeaverCheckpoint notInTouch = CareLeaverCheckpoint.builder().inTouch(InTouch.NO).activity(CareLeaverActivity.NOT_IN_TOUCH).accommodation(CareLeaverAccommodation.NOT_IN_TOUCH).build();
    assertThat(flagged(rule, child(year).addCareLeaverCheckpoints(notInTouch, OutcomeFixtures.inTouchCareLeaver().build()).build(), year)).isEmpty();
  }
}
