package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.episode;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static io.github.cscreturns.validation.ssda903.EpisodeChains.closed;
import static io.github.cscreturns.validation.ssda903.EpisodeChains.day;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.validation.ssda903.EpisodeChains;
import io.github.cscreturns.validation.ssda903.RuleTester;
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

class Rule526Test {
  private final Rule526 rule = new Rule526();

  private static ImmutableEpisode noProvider(CollectionYear y, PlacementType type) {
    return episode(y).placement(Placement.builder().type(type).build()).build();
  }

  @Test
  void firesOnAMissingProviderOutsideTemporaryAndOtherPlacements() {
    CollectionYear y = CollectionYear.Y2024_25;
    Episode k2 = noProvider(y, PlacementType.K2);
    Episode blankType = episode(y).placement(Placement.empty()).build();
    Child c = child(y).episodes(List.of(k2, noProvider(y, PlacementType.T1), noProvider(y, PlacementType.Z1), blankType)).build();
    assertThat(flagged(rule, c, y)).containsExactly(k2, blankType);
  }

  @Test
  void firesOnZ1From2025AndOnZ11Before() {
    CollectionYear y2025 = CollectionYear.Y2025_26;
    Episode z1 = noProvider(y2025, PlacementType.Z1);
    assertThat(flagged(rule, child(y2025).episodes(List.of(z1, noProvider(y2025, PlacementType.Z11))).build(), y2025)).containsExactly(z1);
    CollectionYear y2024 = CollectionYear.Y2024_25;
    Episode z11 = noProvider(y2024, PlacementType.Z11);
    assertThat(flagged(rule, child(y2024).episodes(List.of(z11)).build(), y2024)).containsExactly(z11);
  }

  @Test
  void silentWithAProviderOrAnExemptType() {
    CollectionYear y = CollectionYear.Y2026_27;
    assertThat(flagged(rule, child(y).build(), y)).isEmpty();
    Episode garbled = noProvider(y, PlacementType.K2).withUnparsed(Map.of("PLACE_PROVIDER", "PR9"));
    Child c = child(y).episodes(List.of(noProvider(y, PlacementType.T4), noProvider(y, PlacementType.Z14), garbled)).build();
    assertThat(flagged(rule, c, y)).isEmpty();
  }
}
