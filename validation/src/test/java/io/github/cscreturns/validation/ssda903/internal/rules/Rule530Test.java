package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.PlacementProvider;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class Rule530Test {
  private final Rule530 rule = new Rule530();

  @Test
  void firesOnThePlacementsTheDfeMessageLists() {
    ProviderPlacementChecks.firesOnExactlyTheTypesTheProviderCannotProvide(rule, PlacementProvider.PR4, Set.of(
        PlacementType.P1));
  }

  @Test
  void silentOnAllowedPairsOtherProvidersAndBlankTypes() {
    ProviderPlacementChecks.silentOnOtherProvidersAndBlankTypes(rule, PlacementProvider.PR4);
  }
}
