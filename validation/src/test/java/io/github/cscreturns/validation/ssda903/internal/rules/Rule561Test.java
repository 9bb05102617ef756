package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.internal.rules.PlacementDecisions.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.core.ssda903.PlacedForAdoption;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rule561Test {
  private final Rule561 rule = new Rule561();
  private final LocalDate placed = LocalDate.of(2023, 9, 1);

  @Test
  void firesWhenTheDateIsThatOfADecisionThatChangedLastYear() {
    PlacedForAdoption now = decision(placed);
    assertThat(flagged(rule, List.of(now), List.of(changed(placed, placed.plusMonths(2))))).containsExactly(now);
  }

  @Test
  void silentWhenLastYearsDecisionStoodOrTheDateIsNew() {
    assertThat(flagged(rule, List.of(decision(placed)), List.of(decision(placed)))).isEmpty();
    assertThat(flagged(rule, List.of(decision(placed.plusMonths(6))), List.of(changed(placed, placed.plusMonths(2))))).isEmpty();
    assertThat(flagged(rule, List.of(decision(null)), List.of(changed(placed, placed.plusMonths(2))))).isEmpty();
  }
}
