package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static io.github.cscreturns.validation.ssda903.internal.rules.OutcomeFixtures.completeOc2;
import static io.github.cscreturns.validation.ssda903.internal.rules.OutcomeFixtures.inTouchCareLeaver;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.CareLeaverAccommodation;
import io.github.cscreturns.core.ssda903.CareLeaverCheckpoint;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.HealthOutcomes;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Rule3001Test {
  private final Rule3001 rule = new Rule3001();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnFormerFosterCarersAroundThe17thBirthday(CollectionYear year) {
    CareLeaverCheckpoint oc3 = inTouchCareLeaver().accommodation(CareLeaverAccommodation.Z1).build();
    LocalDate seventeenOn1April = year.ssda903Start().minusYears(17);
    assertThat(flagged(rule, child(year).dob(seventeenOn1April).addCareLeaverCheckpoints(oc3).build(), year)).containsExactly(oc3);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentAtOtherBirthdaysOrOtherAccommodation(CollectionYear year) {
    CareLeaverCheckpoint z2 = inTouchCareLeaver().accommodation(CareLeaverAccommodation.Z2).build();
    LocalDate eighteenOn31March = year.ssda903End().minusYears(18);
    assertThat(flagged(rule, child(year).dob(eighteenOn31March).addCareLeaverCheckpoints(z2).build(), year)).isEmpty();
    LocalDate seventeenOn31March = year.ssda903End().minusYears(17);
    assertThat(flagged(rule, child(year).dob(seventeenOn31March).addCareLeaverCheckpoints(inTouchCareLeaver().build()).build(), year)).isEmpty();
  }
}
