package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.PlacementType;
import org.junit.jupiter.api.Test;

class Rule376Test {
  private final Rule376 rule = new Rule376();

  @Test
  void firesForAT3PlacementLongerThan21Days() {
    TemporaryPlacementLengthChecks.firesWhenLongerThan(rule, PlacementType.T3, 21);
  }

  @Test
  void silentForAT3PlacementOfAtMost21Days() {
    TemporaryPlacementLengthChecks.silentWhenAtMost(rule, PlacementType.T3, 21);
  }
}
