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

class Rule133Test {
  private final Rule133 rule = new Rule133();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnABlankUnknownOrEndedAccommodation(CollectionYear year) {
    CareLeaverCheckpoint blank = OutcomeFixtures.inTouchCareLeaver().accommodation(Optional.empty()).build();
    CareLeaverCheckpoint unknown = OutcomeFixtures.inTouchCareLeaver().accommodation(Optional.empty()).unparsed(Map.of("ACCOM", "01")).build();
    CareLeaverCheckpoint ended = OutcomeFixtures.inTouchCareLeaver().accommodation(CareLeaverAccommodation.S1).build();
    assertThat(flagged(rule, child(year).addCareLeaverCheckpoints(blank, unknown, ended).build(), year)).containsExactly(blank, unknown, ended);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentOnTheYearsCodes(CollectionYear year) {
    CareLeaverCheckpoint s2 = OutcomeFixtures.inTouchCareLeaver().accommodation(CareLeaverAccommodation.S2).build();
    assertThat(flagged(rule, child(year).addCareLeaverCheckpoints(OutcomeFixtures.inTouchCareLeaver().build(), s2).build(), year)).isEmpty();
  }
}
