package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.episode;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.validation.ssda903.RuleTester;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.PlacementProvider;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.Placement;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** The checks every rule pairing a placement provider with placement types (527–531, 550) must pass. */
final class ProviderPlacementChecks {
  private ProviderPlacementChecks() {}

  private static final CollectionYear Y = CollectionYear.Y2024_25;

  private static Episode placed(PlacementType type, PlacementProvider provider) {
    return episode(Y).placement(Placement.builder().type(type).provider(provider).build()).build();
  }

  /**
   * The rule flags exactly the episodes of its provider whose placement type is in {@code cannotProvide}
   * (the list in the DfE's message), among one episode of every placement type the codeset knows.
   */
  static void firesOnExactlyTheTypesTheProviderCannotProvide(
      ProviderPlacementRule rule, PlacementProvider provider, Set<PlacementType> cannotProvide) {
    List<Episode> every = Arrays.stream(PlacementType.values()).map(t -> placed(t, provider)).toList();
    Child c = child(Y).episodes(every).build();
    List<Episode> expected = every.stream().filter(e -> cannotProvide.contains(e.placement().type().orElseThrow())).toList();
    assertThat(expected).isNotEmpty();
    assertThat(flagged(rule, c, Y)).containsExactlyElementsOf(expected);
  }

  /** The rule is silent on other providers' episodes, on blank placement types and on the baseline child. */
  static void silentOnOtherProvidersAndBlankTypes(ProviderPlacementRule rule, PlacementProvider provider) {
    assertThat(flagged(rule, child(Y).build(), Y)).isEmpty();
    Episode blankType = episode(Y).placement(Placement.builder().provider(provider).build()).build();
    List<Episode> others = Arrays.stream(PlacementProvider.values())
        .filter(p -> p != provider)
        .flatMap(p -> Arrays.stream(PlacementType.values()).map(t -> placed(t, p)))
        .toList();
    Child c = child(Y).episodes(others).addEpisodes(blankType).build();
    assertThat(flagged(rule, c, Y)).isEmpty();
  }
}
