package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static io.github.cscreturns.validation.ssda903.internal.rules.OutcomeFixtures.completeOc2;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.Oc2Flag;
import io.github.cscreturns.codesets.ssda903.SdqReason;
import io.github.cscreturns.core.ssda903.HealthOutcomes;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Rule542Test {
  private final Rule542 rule = new Rule542();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnConvictionInformationForAChildUnderTen(CollectionYear year) {
    HealthOutcomes oc2 = completeOc2().build();
    LocalDate tenAfterYearEnd = LocalDate.of(year.endYear() - 10, 4, 1);
    assertThat(flagged(rule, child(year).dob(tenAfterYearEnd).addHealthOutcomes(oc2).build(), year)).containsExactly(oc2);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentAtTenOrWithoutConvictionInformation(CollectionYear year) {
    LocalDate tenOn31March = LocalDate.of(year.endYear() - 10, 3, 31);
    assertThat(flagged(rule, child(year).dob(tenOn31March).addHealthOutcomes(completeOc2().build()).build(), year)).isEmpty();
    HealthOutcomes none = completeOc2().convicted(Optional.empty()).build();
    assertThat(flagged(rule, child(year).dob(tenOn31March.plusYears(3)).addHealthOutcomes(none).build(), year)).isEmpty();
  }
}
