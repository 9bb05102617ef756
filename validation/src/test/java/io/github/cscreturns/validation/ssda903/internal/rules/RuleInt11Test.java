package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RuleInt11Test {
  private final io.github.cscreturns.validation.ssda903.Rule rule = new RuleInt11().perChild();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnAnotherDateOfBirth(CollectionYear year) {
    var other = AdoptionRecords.adoption(year).dob(child(year).build().dob().orElseThrow().plusDays(1)).build();
    assertThat(flagged(rule, child(year).addAdoptions(other).build(), year)).containsExactly(other);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentOnTheHeadersDateOfBirthOrWhereEitherIsNoDate(CollectionYear year) {
    assertThat(flagged(rule, child(year).addAdoptions(AdoptionRecords.adoption(year).build()).build(), year)).isEmpty();
    var other = AdoptionRecords.adoption(year).dob(child(year).build().dob().orElseThrow().plusDays(1)).build();
    var noHeaderDob = child(year).dob(Optional.empty()).unparsed(Map.of("DOB", "xx")).addAdoptions(other).build();
    assertThat(flagged(rule, noHeaderDob, year)).isEmpty();
    var notADate = AdoptionRecords.adoption(year).unparsed(Map.of("DOB", "xx")).build();
    assertThat(flagged(rule, child(year).addAdoptions(notADate).build(), year)).isEmpty();
  }
}
