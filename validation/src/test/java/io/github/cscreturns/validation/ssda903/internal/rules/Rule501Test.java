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

class Rule501Test {
  private static final CollectionYear Y = CollectionYear.Y2024_25;
  private final Rule501 rule = new Rule501();

  @Test
  void firesWhenAnEpisodeStartsBeforeThePreviousEnded() {
    ImmutableEpisode first = closed(Y, day(Y, 6, 1), day(Y, 6, 4), ReasonNewEpisode.S);
    ImmutableEpisode second = closed(Y, day(Y, 6, 2), day(Y, 6, 6), ReasonNewEpisode.P);
    ImmutableEpisode sameStart = closed(Y, day(Y, 6, 2), day(Y, 6, 8), ReasonNewEpisode.P);
    Child c = child(Y).episodes(List.of(first, second, sameStart)).build();
    assertThat(flagged(rule, c, Y)).containsExactly(second, sameStart);
  }

  @Test
  void silentOnContiguousOrOpenPredecessors() {
    assertThat(flagged(rule, child(Y).build(), Y)).isEmpty();
    ImmutableEpisode first = closed(Y, day(Y, 6, 1), day(Y, 6, 4), ReasonNewEpisode.S);
    Episode next = episode(Y).start(day(Y, 6, 4)).reasonNewEpisode(ReasonNewEpisode.P).build();
    assertThat(flagged(rule, child(Y).episodes(List.of(next, first)).build(), Y)).isEmpty();
    Episode open = episode(Y).start(day(Y, 5, 1)).build();
    assertThat(flagged(rule, child(Y).episodes(List.of(open, next)).build(), Y)).isEmpty();
  }
}
