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

class Rule347Test {
  private final Rule347 rule = new Rule347();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2023_24", "Y2026_27"})
  void firesOnAFoyerForAYoungPersonUnder18(CollectionYear year) {
    CareLeaverCheckpoint foyer = OutcomeFixtures.inTouchCareLeaver().accommodation(CareLeaverAccommodation.T2).build();
    LocalDate eighteenOn2April = year.ssda903Start().plusDays(1).minusYears(18);
    assertThat(flagged(rule, child(year).dob(eighteenOn2April).addCareLeaverCheckpoints(foyer).build(), year)).containsExactly(foyer);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2023_24", "Y2026_27"})
  void silentAt18OrElsewhere(CollectionYear year) {
    CareLeaverCheckpoint foyer = OutcomeFixtures.inTouchCareLeaver().accommodation(CareLeaverAccommodation.T1).build();
    LocalDate eighteenOn1April = year.ssda903Start().minusYears(18);
    assertThat(flagged(rule, child(year).dob(eighteenOn1April).addCareLeaverCheckpoints(foyer).build(), year)).isEmpty();
    LocalDate seventeen = year.ssda903End().minusYears(17);
    assertThat(flagged(rule, child(year).dob(seventeen).addCareLeaverCheckpoints(OutcomeFixtures.inTouchCareLeaver().build()).build(), year)).isEmpty();
  }
}
