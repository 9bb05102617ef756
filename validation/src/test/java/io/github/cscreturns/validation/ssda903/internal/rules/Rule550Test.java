package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.PlacementProvider;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class Rule550Test {
  private final Rule550 rule = new Rule550();

  @Test
  void firesOnThePlacementsTheDfeMessageLists() {
    ProviderPlacementChecks.firesOnExactlyTheTypesTheProviderCannotProvide(rule, PlacementProvider.PR0, EnumSet.complementOf(EnumSet.of(PlacementType.P1)));
  }

  @Test
  void silentOnAllowedPairsOtherProvidersAndBlankTypes() {
    ProviderPlacementChecks.silentOnOtherProvidersAndBlankTypes(rule, PlacementProvider.PR0);
  }
}
