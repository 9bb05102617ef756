package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static io.github.cscreturns.validation.ssda903.internal.rules.OutcomeFixtures.bornOn;
import static io.github.cscreturns.validation.ssda903.internal.rules.OutcomeFixtures.completeOc2;
import static io.github.cscreturns.validation.ssda903.internal.rules.OutcomeFixtures.lookedAfterAllYear;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.Oc2Flag;
import io.github.cscreturns.codesets.ssda903.SdqReason;
import io.github.cscreturns.core.ssda903.HealthOutcomes;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Rule198Test {
  private final Rule198 rule = new Rule198();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnAReasonForAChildNotInTheCohort(CollectionYear year) {
    HealthOutcomes oc2 = HealthOutcomes.builder().sdqReason(SdqReason.SDQ2).build();
    assertThat(flagged(rule, child(year).addHealthOutcomes(oc2).build(), year)).containsExactly(oc2);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentForTheCohortOrWithoutAReason(CollectionYear year) {
    HealthOutcomes reason = completeOc2().sdqScore(Optional.empty()).sdqReason(SdqReason.SDQ2).build();
    assertThat(flagged(rule, lookedAfterAllYear(year).addHealthOutcomes(reason).build(), year)).isEmpty();
    assertThat(flagged(rule, child(year).addHealthOutcomes(completeOc2().build()).build(), year)).isEmpty();
  }
}
