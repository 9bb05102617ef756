package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.PlacementProvider;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class Rule531Test {
  private final Rule531 rule = new Rule531();

  @Test
  void firesOnThePlacementsTheDfeMessageLists() {
    ProviderPlacementChecks.firesOnExactlyTheTypesTheProviderCannotProvide(rule, PlacementProvider.PR5, Set.of(
        PlacementType.P1));
  }

  @Test
  void silentOnAllowedPairsOtherProvidersAndBlankTypes() {
    ProviderPlacementChecks.silentOnOtherProvidersAndBlankTypes(rule, PlacementProvider.PR5);
  }
}
