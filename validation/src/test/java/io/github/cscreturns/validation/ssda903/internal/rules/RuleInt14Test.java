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

class RuleInt14Test {
  private final RuleInt14 rule = new RuleInt14();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnAnotherDateOfBirth(CollectionYear year) {
    Child header = child(year).build();
    HealthOutcomes oc2 = completeOc2().dob(header.dob().orElseThrow().plusDays(1)).build();
    assertThat(flagged(rule.perChild(), child(year).addHealthOutcomes(oc2).build(), year)).containsExactly(oc2);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentOnTheHeadersDateOfBirthOrNoDate(CollectionYear year) {
    assertThat(flagged(rule.perChild(), child(year).addHealthOutcomes(completeOc2().build()).build(), year)).isEmpty();
    HealthOutcomes notADate = completeOc2().unparsed(Map.of("DOB", "xx")).build();
    assertThat(flagged(rule.perChild(), child(year).addHealthOutcomes(notADate).build(), year)).isEmpty();
  }
}
