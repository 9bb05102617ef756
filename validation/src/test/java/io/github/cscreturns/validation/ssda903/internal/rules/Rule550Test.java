package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.episode;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.PlacementProvider;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.Placement;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rule550Test {
  private static final CollectionYear Y = CollectionYear.Y2024_25;
  private final Rule550 rule = new Rule550();

  private static Episode placed(PlacementType type, PlacementProvider provider) {
    return episode(Y).placement(Placement.builder().type(type).provider(provider).build()).build();
  }

  @Test
  void firesOnPr0WithAnyPlacementButP1BlankIncluded() {
    List<Episode> every = Arrays.stream(PlacementType.values()).map(t -> placed(t, PlacementProvider.PR0)).toList();
    Episode blankType = episode(Y).placement(Placement.builder().provider(PlacementProvider.PR0).build()).build();
    Child c = child(Y).episodes(every).addEpisodes(blankType).build();
    List<Episode> expected = new java.util.ArrayList<>(every.stream().filter(e -> e.placement().type().orElseThrow() != PlacementType.P1).toList());
    expected.add(blankType);
    assertThat(flagged(rule, c, Y)).containsExactlyElementsOf(expected);
  }

  @Test
  void silentOnP1AndOnOtherProviders() {
    assertThat(flagged(rule, child(Y).build(), Y)).isEmpty();
    List<Episode> others = Arrays.stream(PlacementProvider.values())
        .filter(p -> p != PlacementProvider.PR0)
        .flatMap(p -> Arrays.stream(PlacementType.values()).map(t -> placed(t, p)))
        .toList();
    Child c = child(Y).episodes(others).addEpisodes(placed(PlacementType.P1, PlacementProvider.PR0)).build();
    assertThat(flagged(rule, c, Y)).isEmpty();
  }
}
