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

class Rule516Test {
  private static final CollectionYear Y = CollectionYear.Y2024_25;
  private final Rule516 rule = new Rule516();

  private static Episode ceased(PlacementType type, ReasonEpisodeCeased rec) {
    return episode(Y).placement(Placement.builder().type(type).provider(PlacementProvider.PR1).build()).end(day(Y, 9, 1)).reasonCeased(rec).build();
  }

  @Test
  void firesOnAnOrderToFormerFosterCarersOutsideFostering() {
    Episode r1 = ceased(PlacementType.R1, ReasonEpisodeCeased.E45);
    Episode k2 = ceased(PlacementType.K2, ReasonEpisodeCeased.E46);
    Child c = child(Y).episodes(List.of(r1, ceased(PlacementType.U4, ReasonEpisodeCeased.E46), k2)).build();
    assertThat(flagged(rule, c, Y)).containsExactly(r1, k2);
  }

  @Test
  void silentForFosterPlacementsAndOtherOrders() {
    assertThat(flagged(rule, child(Y).build(), Y)).isEmpty();
    Child c = child(Y).episodes(List.of(ceased(PlacementType.U1, ReasonEpisodeCeased.E45), ceased(PlacementType.R1, ReasonEpisodeCeased.E47))).build();
    assertThat(flagged(rule, c, Y)).isEmpty();
  }
}
