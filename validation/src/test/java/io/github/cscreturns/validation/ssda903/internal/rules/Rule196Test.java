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

class Rule196Test {
  private final Rule196 rule = new Rule196();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnAReasonThatIsNoCode(CollectionYear year) {
    HealthOutcomes lower = HealthOutcomes.builder().unparsed(Map.of("SDQ_REASON", "sdq2")).build();
    assertThat(flagged(rule, child(year).addHealthOutcomes(lower).build(), year)).containsExactly(lower);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentOnTheYearsCodesOrBlank(CollectionYear year) {
    HealthOutcomes reason = HealthOutcomes.builder().sdqReason(SdqReason.SDQ5).build();
    assertThat(flagged(rule, child(year).addHealthOutcomes(reason, completeOc2().build()).build(), year)).isEmpty();
  }
}
