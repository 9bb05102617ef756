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

class Rule180Test {
  private final Rule180 rule = new Rule180();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnAScoreOutsideZeroToFortyOrNotANumber(CollectionYear year) {
    HealthOutcomes high = completeOc2().sdqScore(41).build();
    HealthOutcomes negative = completeOc2().sdqScore(-1).build();
    HealthOutcomes text = completeOc2().sdqScore(Optional.empty()).unparsed(Map.of("SDQ_SCORE", "XX")).build();
    assertThat(flagged(rule, child(year).addHealthOutcomes(high, negative, text).build(), year)).containsExactly(high, negative, text);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentOnScoresFromZeroToFortyOrNone(CollectionYear year) {
    HealthOutcomes zero = completeOc2().sdqScore(0).build();
    HealthOutcomes forty = completeOc2().sdqScore(40).build();
    HealthOutcomes none = completeOc2().sdqScore(Optional.empty()).sdqReason(SdqReason.SDQ2).build();
    assertThat(flagged(rule, child(year).addHealthOutcomes(zero, forty, none).build(), year)).isEmpty();
  }
}
