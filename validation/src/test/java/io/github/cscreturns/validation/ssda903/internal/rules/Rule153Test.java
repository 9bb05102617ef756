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

class Rule153Test {
  private final Rule153 rule = new Rule153();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesWhenSomeButNotAllItemsAreFilledIn(CollectionYear year) {
    CareLeaverCheckpoint noAccommodation = OutcomeFixtures.inTouchCareLeaver().accommodation(Optional.empty()).build();
    CareLeaverCheckpoint onlyInTouch = CareLeaverCheckpoint.builder().inTouch(InTouch.NO).build();
    assertThat(flagged(rule, child(year).addCareLeaverCheckpoints(noAccommodation, onlyInTouch).build(), year)).containsExactly(noAccommodation, onlyInTouch);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentWhenAllOrNoneAreFilledIn(CollectionYear year) {
    CareLeaverCheckpoint none = CareLeaverCheckpoint.builder().build();
    assertThat(flagged(rule, child(year).addCareLeaverCheckpoints(OutcomeFixtures.inTouchCareLeaver().build(), none).build(), year)).isEmpty();
  }
}
