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

class Rule132Test {
  private final Rule132 rule = new Rule132();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnABlankOrEndedActivity(CollectionYear year) {
    CareLeaverCheckpoint blank = OutcomeFixtures.inTouchCareLeaver().activity(Optional.empty()).build();
    CareLeaverCheckpoint ended = OutcomeFixtures.inTouchCareLeaver().activity(CareLeaverActivity.F3).build();
    assertThat(flagged(rule, child(year).addCareLeaverCheckpoints(blank, ended).build(), year)).containsExactly(blank, ended);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentOnTheYearsCodes(CollectionYear year) {
    CareLeaverCheckpoint apprentice = OutcomeFixtures.inTouchCareLeaver().activity(CareLeaverActivity.F4).build();
    assertThat(flagged(rule, child(year).addCareLeaverCheckpoints(OutcomeFixtures.inTouchCareLeaver().build(), apprentice).build(), year)).isEmpty();
  }
}
