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

class Rule504Test {
  private static final CollectionYear Y = CollectionYear.Y2022_23;
  private final Rule504 rule = new Rule504();

  @Test
  void firesWhenTheCategoryOfNeedChangesWithinAPeriodOfCare() {
    ImmutableEpisode first = closed(Y, day(Y, 6, 1), day(Y, 6, 4), ReasonNewEpisode.S);
    Episode changed = episode(Y).start(day(Y, 6, 4)).reasonNewEpisode(ReasonNewEpisode.P).categoryOfNeed(CategoryOfNeed.N2).build();
    Child c = child(Y).episodes(List.of(first, changed)).build();
    assertThat(flagged(rule, c, Y)).containsExactly(changed);
  }

  @Test
  void silentWhenTheCategoryIsKeptOrANewPeriodStarts() {
    assertThat(flagged(rule, child(Y).build(), Y)).isEmpty();
    ImmutableEpisode first = closed(Y, day(Y, 6, 1), day(Y, 6, 4), ReasonNewEpisode.S);
    Episode same = episode(Y).start(day(Y, 6, 4)).reasonNewEpisode(ReasonNewEpisode.P).build();
    assertThat(flagged(rule, child(Y).episodes(List.of(first, same)).build(), Y)).isEmpty();
    ImmutableEpisode left = first.withReasonCeased(ReasonEpisodeCeased.E4A);
    Episode returned = episode(Y).start(day(Y, 9, 1)).categoryOfNeed(CategoryOfNeed.N5).build();
    assertThat(flagged(rule, child(Y).episodes(List.of(left, returned)).build(), Y)).isEmpty();
  }
}
