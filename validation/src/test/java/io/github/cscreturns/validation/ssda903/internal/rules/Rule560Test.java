package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.internal.rules.PlacementDecisions.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.core.ssda903.PlacedForAdoption;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rule560Test {
  private final Rule560 rule = new Rule560();
  private final LocalDate placed = LocalDate.of(2023, 9, 1);

  @Test
  void firesWhenTheDateDiffersFromLastYearsUnchangedDecision() {
    PlacedForAdoption now = decision(placed.plusDays(1));
    assertThat(flagged(rule, List.of(now), List.of(decision(placed)))).containsExactly(now);
    PlacedForAdoption blank = decision(null);
    assertThat(flagged(rule, List.of(blank), List.of(decision(placed)))).containsExactly(blank);
  }

  @Test
  void silentWhenTheDateIsTheSameOrLastYearsDecisionChanged() {
    assertThat(flagged(rule, List.of(decision(placed)), List.of(decision(placed)))).isEmpty();
    assertThat(flagged(rule, List.of(decision(placed.plusDays(1))), List.of(changed(placed, placed.plusMonths(2))))).isEmpty();
    assertThat(flagged(rule, List.of(decision(placed.plusDays(1))), List.of())).isEmpty();
  }
}
