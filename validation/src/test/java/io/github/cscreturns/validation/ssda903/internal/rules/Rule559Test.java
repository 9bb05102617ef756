package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.internal.rules.PlacementDecisions.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.core.ssda903.PlacedForAdoption;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rule559Test {
  private final Rule559 rule = new Rule559();
  private final LocalDate beforeTheYear = LocalDate.of(2024, 1, 10);

  @Test
  void firesWhenADecisionBeforeTheYearWasNotInLastYearsReturn() {
    PlacedForAdoption now = decision(beforeTheYear);
    assertThat(flagged(rule, List.of(now), List.of())).containsExactly(now);
    assertThat(flagged(rule, List.of(now), List.of(decision(null)))).containsExactly(now);
    assertThat(LastYearTester.flaggedWithoutLastYearsRecord(rule, YEAR, with(YEAR, now))).containsExactly(now);
  }

  @Test
  void silentWhenLastYearRecordedItOrTheDecisionIsThisYear() {
    assertThat(flagged(rule, List.of(decision(beforeTheYear)), List.of(decision(beforeTheYear)))).isEmpty();
    assertThat(flagged(rule, List.of(decision(LocalDate.of(2024, 5, 1))), List.of())).isEmpty();
  }
}
