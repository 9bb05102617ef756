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

class Rule344Test {
  private final Rule344 rule = new Rule344();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnAnActivityOrAccommodationForAYoungPersonWhoDiedOrReturnedHome(CollectionYear year) {
    CareLeaverCheckpoint died = OutcomeFixtures.inTouchCareLeaver().inTouch(InTouch.DIED).accommodation(CareLeaverAccommodation.NOT_IN_TOUCH).build();
    CareLeaverCheckpoint home = OutcomeFixtures.inTouchCareLeaver().inTouch(InTouch.RHOM).activity(CareLeaverActivity.NOT_IN_TOUCH).accommodation(Optional.empty()).build();
    assertThat(flagged(rule, child(year).addCareLeaverCheckpoints(died, home).build(), year)).containsExactly(died, home);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentWhenBothAreZeroOrTheYoungPersonIsInTouch(CollectionYear year) {
    CareLeaverCheckpoint died = CareLeaverCheckpoint.builder().inTouch(InTouch.DIED).activity(CareLeaverActivity.NOT_IN_TOUCH).accommodation(CareLeaverAccommodation.NOT_IN_TOUCH).build();
    assertThat(flagged(rule, child(year).addCareLeaverCheckpoints(died, OutcomeFixtures.inTouchCareLeaver().build()).build(), year)).isEmpty();
  }
}
