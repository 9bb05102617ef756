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

class Rule190Test {
  private final Rule190 rule = new Rule190();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnOutcomeItemsForAChildNotInTheCohort(CollectionYear year) {
    HealthOutcomes oc2 = HealthOutcomes.builder().teethCheck(Oc2Flag.NO).build();
    assertThat(flagged(rule, child(year).addHealthOutcomes(oc2).build(), year)).containsExactly(oc2);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentForTheCohortOrWithTheItemsBlank(CollectionYear year) {
    assertThat(flagged(rule, lookedAfterAllYear(year).addHealthOutcomes(completeOc2().build()).build(), year)).isEmpty();
    HealthOutcomes scoreOnly = HealthOutcomes.builder().sdqScore(5).build();
    assertThat(flagged(rule, child(year).addHealthOutcomes(scoreOnly).build(), year)).isEmpty();
  }
}
