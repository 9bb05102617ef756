package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.episode;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static io.github.cscreturns.validation.ssda903.internal.rules.RuleTesterC.closed;
import static io.github.cscreturns.validation.ssda903.internal.rules.RuleTesterC.day;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.CategoryOfNeed;
import io.github.cscreturns.codesets.ssda903.PlacementProvider;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.codesets.ssda903.ReasonNewEpisode;
import io.github.cscreturns.codesets.ssda903.ReasonPlacementChange;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.ImmutableEpisode;
import io.github.cscreturns.core.ssda903.Placement;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class Rule527Test {
  private static final CollectionYear Y = CollectionYear.Y2024_25;
  private final Rule527 rule = new Rule527();

  private static Episode placed(PlacementType type, PlacementProvider provider) {
    return episode(Y).placement(Placement.builder().type(type).provider(provider).build()).build();
  }

  @Test
  void firesOnAPlacementTheProviderCannotProvide() {
    Episode bad = placed(PlacementType.R2, PlacementProvider.PR1);
    Child c = child(Y).episodes(List.of(placed(PlacementType.K2, PlacementProvider.PR1), bad)).build();
    assertThat(flagged(rule, c, Y)).containsExactly(bad);
  }

  @Test
  void silentOnAllowedPairsOtherProvidersAndBlankTypes() {
    assertThat(flagged(rule, child(Y).build(), Y)).isEmpty();
    Episode blankType = episode(Y).placement(Placement.builder().provider(PlacementProvider.PR1).build()).build();
    Child c = child(Y).episodes(List.of(placed(PlacementType.K2, PlacementProvider.PR1), blankType)).build();
    assertThat(flagged(rule, c, Y)).isEmpty();
  }
}
