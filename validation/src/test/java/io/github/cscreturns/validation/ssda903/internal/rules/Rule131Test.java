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

class Rule131Test {
  private final Rule131 rule = new Rule131();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnABlankOrUnknownInTouch(CollectionYear year) {
    CareLeaverCheckpoint blank = OutcomeFixtures.inTouchCareLeaver().inTouch(Optional.empty()).build();
    CareLeaverCheckpoint unknown = OutcomeFixtures.inTouchCareLeaver().inTouch(Optional.empty()).unparsed(Map.of("IN_TOUCH", "yes")).build();
    assertThat(flagged(rule, child(year).addCareLeaverCheckpoints(blank, unknown).build(), year)).containsExactly(blank, unknown);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentOnTheYearsCodes(CollectionYear year) {
    CareLeaverCheckpoint refused = OutcomeFixtures.inTouchCareLeaver().inTouch(InTouch.REFU).build();
    assertThat(flagged(rule, child(year).addCareLeaverCheckpoints(OutcomeFixtures.inTouchCareLeaver().build(), refused).build(), year)).isEmpty();
  }
}
