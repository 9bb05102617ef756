package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.PlacementProvider;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class Rule527Test {
  private final Rule527 rule = new Rule527();

  @Test
  void firesOnThePlacementsTheDfeMessageLists() {
    ProviderPlacementChecks.firesOnExactlyTheTypesTheProviderCannotProvide(rule, PlacementProvider.PR1, Set.of(
        PlacementType.P1, PlacementType.R2, PlacementType.R5));
  }

  @Test
  void silentOnAllowedPairsOtherProvidersAndBlankTypes() {
    ProviderPlacementChecks.silentOnOtherProvidersAndBlankTypes(rule, PlacementProvider.PR1);
  }
}
