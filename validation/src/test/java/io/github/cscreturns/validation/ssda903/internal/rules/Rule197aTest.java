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

class Rule197aTest {
  private final Rule197a rule = new Rule197a();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnAReasonBesideAScore(CollectionYear year) {
    HealthOutcomes both = completeOc2().sdqReason(SdqReason.SDQ4).build();
    HealthOutcomes badReason = completeOc2().unparsed(Map.of("SDQ_REASON", "X")).build();
    assertThat(flagged(rule, child(year).addHealthOutcomes(both, badReason).build(), year)).containsExactly(both, badReason);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentOnAScoreOrAReasonAlone(CollectionYear year) {
    HealthOutcomes reason = completeOc2().sdqScore(Optional.empty()).sdqReason(SdqReason.SDQ4).build();
    assertThat(flagged(rule, child(year).addHealthOutcomes(reason, completeOc2().build()).build(), year)).isEmpty();
  }
}
