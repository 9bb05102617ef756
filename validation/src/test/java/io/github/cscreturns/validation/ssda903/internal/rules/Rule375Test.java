package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.PlacementType;
import org.junit.jupiter.api.Test;

class Rule375Test {
  private final Rule375 rule = new Rule375();

  @Test
  void firesForAT1PlacementLongerThan42Days() {
    TemporaryPlacementLengthChecks.firesWhenLongerThan(rule, PlacementType.T1, 42);
  }

  @Test
  void silentForAT1PlacementOfAtMost42Days() {
    TemporaryPlacementLengthChecks.silentWhenAtMost(rule, PlacementType.T1, 42);
  }
}
