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

class RuleInt15Test {
  private final io.github.cscreturns.validation.ssda903.Rule rule = new RuleInt15().perChild();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnAnotherDateOfBirth(CollectionYear year) {
    Child header = child(year).build();
    CareLeaverCheckpoint oc3 = inTouchCareLeaver().dob(header.dob().orElseThrow().minusDays(1)).build();
    assertThat(flagged(rule, child(year).addCareLeaverCheckpoints(oc3).build(), year)).containsExactly(oc3);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentOnTheHeadersDateOfBirthOrNoDate(CollectionYear year) {
    assertThat(flagged(rule, child(year).addCareLeaverCheckpoints(inTouchCareLeaver().build()).build(), year)).isEmpty();
    CareLeaverCheckpoint notADate = inTouchCareLeaver().unparsed(Map.of("DOB", "xx")).build();
    assertThat(flagged(rule, child(year).addCareLeaverCheckpoints(notADate).build(), year)).isEmpty();
  }
}
