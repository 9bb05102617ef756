package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.PlacementProvider;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class Rule529Test {
  private final Rule529 rule = new Rule529();

  @Test
  void firesOnThePlacementsTheDfeMessageLists() {
    ProviderPlacementChecks.firesOnExactlyTheTypesTheProviderCannotProvide(rule, PlacementProvider.PR3, Set.of(
        PlacementType.P1, PlacementType.A3, PlacementType.A4, PlacementType.A5, PlacementType.A6,
        PlacementType.K1, PlacementType.K2, PlacementType.U1, PlacementType.U2, PlacementType.U3, PlacementType.U4,
        PlacementType.U5, PlacementType.U6));
  }

  @Test
  void silentOnAllowedPairsOtherProvidersAndBlankTypes() {
    ProviderPlacementChecks.silentOnOtherProvidersAndBlankTypes(rule, PlacementProvider.PR3);
  }
}
