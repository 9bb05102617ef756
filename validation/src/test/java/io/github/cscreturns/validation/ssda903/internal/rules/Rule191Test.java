package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static io.github.cscreturns.validation.ssda903.internal.rules.OutcomeFixtures.completeOc2;
import static io.github.cscreturns.validation.ssda903.internal.rules.OutcomeFixtures.lookedAfterAllYear;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.HealthOutcomes;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Rule191Test {
  private final Rule191 rule = new Rule191();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnABlankCoreItemOrOnTheFirstEpisodeWithoutOc2(CollectionYear year) {
    HealthOutcomes oc2 = completeOc2().substanceMisuse(Optional.empty()).build();
    assertThat(flagged(rule, lookedAfterAllYear(year).addHealthOutcomes(oc2).build(), year)).containsExactly(oc2);
    Child noOc2 = lookedAfterAllYear(year).build();
    assertThat(flagged(rule, noOc2, year)).containsExactly(noOc2.episodes().get(0));
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentWhenCompleteOrOutsideTheCohort(CollectionYear year) {
    assertThat(flagged(rule, lookedAfterAllYear(year).addHealthOutcomes(completeOc2().build()).build(), year)).isEmpty();
    assertThat(flagged(rule, child(year).build(), year)).isEmpty();
  }
}
