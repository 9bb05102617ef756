package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.PlacementType;
import org.junit.jupiter.api.Test;

class Rule379Test {
  private final Rule379 rule = new Rule379();

  @Test
  void firesForAT4PlacementLongerThan7Days() {
    TemporaryPlacementLengthChecks.firesWhenLongerThan(rule, PlacementType.T4, 7);
  }

  @Test
  void silentForAT4PlacementOfAtMost7Days() {
    TemporaryPlacementLengthChecks.silentWhenAtMost(rule, PlacementType.T4, 7);
  }
}
