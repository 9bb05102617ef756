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

class Rule391Test {
  private final Rule391 rule = new Rule391();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnCareLeaverInformationForASixteenYearOld(CollectionYear year) {
    CareLeaverCheckpoint oc3 = OutcomeFixtures.inTouchCareLeaver().build();
    LocalDate seventeenAfter31March = year.ssda903End().plusDays(1).minusYears(17);
    assertThat(flagged(rule, child(year).dob(seventeenAfter31March).addCareLeaverCheckpoints(oc3).build(), year)).containsExactly(oc3);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentAtSeventeenOrWithNothingFilledIn(CollectionYear year) {
    LocalDate seventeenOn31March = year.ssda903End().minusYears(17);
    assertThat(flagged(rule, child(year).dob(seventeenOn31March).addCareLeaverCheckpoints(OutcomeFixtures.inTouchCareLeaver().build()).build(), year)).isEmpty();
    assertThat(flagged(rule, child(year).addCareLeaverCheckpoints(CareLeaverCheckpoint.builder().build()).build(), year)).isEmpty();
  }
}
