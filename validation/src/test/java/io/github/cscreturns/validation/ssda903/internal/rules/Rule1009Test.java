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

class Rule1009Test {
  private final Rule1009 rule = new Rule1009();

  @Test
  void firesOnUnknownOrOutOfYearReasons() {
    CollectionYear y = CollectionYear.Y2024_25;
    Episode garbled = episode(y).unparsed(Map.of("REASON_PLACE_CHANGE", "other")).build();
    Child c = child(y).episodes(List.of(episode(y).reasonPlaceChange(ReasonPlacementChange.CARPL).build(), garbled)).build();
    assertThat(flagged(rule, c, y)).containsExactly(garbled);
    CollectionYear y2017 = CollectionYear.Y2017_18;
    Episode custody = episode(y2017).reasonPlaceChange(ReasonPlacementChange.CUSTOD).build();
    assertThat(flagged(rule, child(y2017).episodes(List.of(custody)).build(), y2017)).containsExactly(custody);
  }

  @Test
  void silentOnValidOrBlankReasons() {
    CollectionYear y = CollectionYear.Y2022_23;
    assertThat(flagged(rule, child(y).build(), y)).isEmpty();
    Child c = child(y).episodes(List.of(episode(y).reasonPlaceChange(ReasonPlacementChange.CUSTOD).build())).build();
    assertThat(flagged(rule, c, y)).isEmpty();
  }
}
