package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.internal.rules.PlacementDecisions.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.core.ssda903.PlacedForAdoption;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rule584Test {
  private final Rule584 rule = new Rule584();
  private final LocalDate placed = LocalDate.of(2023, 9, 1);

  @Test
  void firesWhenANewDecisionIsNotAfterTheOneThatChangedLastYear() {
    PlacedForAdoption same = decision(placed);
    assertThat(flagged(rule, List.of(same), List.of(changed(placed, placed.plusMonths(2))))).containsExactly(same);
    PlacedForAdoption blank = decision(null);
    assertThat(flagged(rule, List.of(blank), List.of(changed(placed, placed.plusMonths(2))))).containsExactly(blank);
  }

  @Test
  void silentWhenTheNewDecisionIsLaterOrLastYearsStood() {
    assertThat(flagged(rule, List.of(decision(placed.plusMonths(6))), List.of(changed(placed, placed.plusMonths(2))))).isEmpty();
    assertThat(flagged(rule, List.of(decision(placed)), List.of(decision(placed)))).isEmpty();
  }
}
