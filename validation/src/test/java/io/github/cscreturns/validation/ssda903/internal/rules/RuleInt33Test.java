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

class RuleInt33Test {
  private final RuleInt33 rule = new RuleInt33();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnEveryOc2RecordOfAChildWithTwo(CollectionYear year) {
    HealthOutcomes first = completeOc2().build();
    HealthOutcomes second = completeOc2().sdqScore(13).build();
    assertThat(flagged(rule, child(year).addHealthOutcomes(first, second).build(), year)).containsExactly(first, second);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentOnOneOrNone(CollectionYear year) {
    assertThat(flagged(rule, child(year).addHealthOutcomes(completeOc2().build()).build(), year)).isEmpty();
    assertThat(flagged(rule, child(year).build(), year)).isEmpty();
  }
}
