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

class Rule181Test {
  private final Rule181 rule = new Rule181();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnAnItemNotZeroOrOne(CollectionYear year) {
    HealthOutcomes convicted = completeOc2().convicted(Optional.empty()).unparsed(Map.of("CONVICTED", "2")).build();
    HealthOutcomes offered = completeOc2().unparsed(Map.of("INTERVENTION_OFFERED", "Y")).build();
    assertThat(flagged(rule, child(year).addHealthOutcomes(convicted, offered).build(), year)).containsExactly(convicted, offered);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentOnZeroOneOrBlank(CollectionYear year) {
    HealthOutcomes blank = HealthOutcomes.builder().build();
    assertThat(flagged(rule, child(year).addHealthOutcomes(completeOc2().build(), blank).build(), year)).isEmpty();
  }
}
