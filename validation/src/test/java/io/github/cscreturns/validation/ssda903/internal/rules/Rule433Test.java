package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.episode;
import static io.github.cscreturns.validation.ssda903.RuleTester.female;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static io.github.cscreturns.validation.ssda903.EpisodeChains.closed;
import static io.github.cscreturns.validation.ssda903.EpisodeChains.day;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.validation.ssda903.EpisodeChains;
import io.github.cscreturns.validation.ssda903.RuleTester;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.CategoryOfNeed;
import io.github.cscreturns.codesets.ssda903.LegalStatus;
import io.github.cscreturns.codesets.ssda903.MotherStatus;
import io.github.cscreturns.codesets.ssda903.PlacementProvider;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.codesets.ssda903.ReasonNewEpisode;
import io.github.cscreturns.core.Postcode;
import io.github.cscreturns.core.Upn;
import io.github.cscreturns.core.Urn;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.ImmutableEpisode;
import io.github.cscreturns.core.ssda903.Placement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class Rule433Test {
  private static final CollectionYear Y = CollectionYear.Y2022_23;
  private final Rule433 rule = new Rule433();

  @Test
  void firesOnAContinuationNotStartingTheDayThePreviousEnded() {
    ImmutableEpisode first = closed(Y, day(Y, 4, 4), day(Y, 9, 12), ReasonNewEpisode.S);
    ImmutableEpisode overlapping = closed(Y, day(Y, 9, 11), day(Y, 2, 1), ReasonNewEpisode.B);
    Episode gap = episode(Y).start(day(Y, 2, 5)).reasonNewEpisode(ReasonNewEpisode.L).build();
    Child c = child(Y).episodes(List.of(first, overlapping, gap)).build();
    assertThat(flagged(rule, c, Y)).containsExactly(overlapping, gap);
  }

  @Test
  void silentOnContiguousContinuationsAndTheFirstEpisode() {
    assertThat(flagged(rule, child(Y).build(), Y)).isEmpty();
    ImmutableEpisode first = closed(Y, day(Y, 4, 4), day(Y, 9, 12), ReasonNewEpisode.P);
    Episode next = episode(Y).start(day(Y, 9, 12)).reasonNewEpisode(ReasonNewEpisode.P).build();
    assertThat(flagged(rule, child(Y).episodes(List.of(next, first)).build(), Y)).isEmpty();
  }

  @Test
  void anUnreadableDecomComesLastAndIsFlagged() {
    ImmutableEpisode first = closed(Y, day(Y, 4, 4), day(Y, 9, 12), ReasonNewEpisode.S);
    Episode unreadable = episode(Y).start(Optional.empty()).putUnparsed("DECOM", "unknown")
        .reasonNewEpisode(ReasonNewEpisode.P).build();
    Child c = child(Y).episodes(List.of(unreadable, first)).build();
    assertThat(flagged(rule, c, Y)).containsExactly(unreadable);
    // episodes without a child ID belong to no child
    Child noId = child(Y).childId(io.github.cscreturns.core.ChildId.of("")).episodes(List.of(unreadable, first)).build();
    assertThat(flagged(rule, noId, Y)).isEmpty();
  }

  @Test
  void ofTwoEpisodesStartingTheSameDayTheOneEndingFirstComesFirst() {
    ImmutableEpisode later = closed(Y, day(Y, 4, 4), day(Y, 9, 12), ReasonNewEpisode.P);
    ImmutableEpisode earlier = closed(Y, day(Y, 4, 4), day(Y, 6, 1), ReasonNewEpisode.S);
    Episode next = episode(Y).start(day(Y, 9, 12)).reasonNewEpisode(ReasonNewEpisode.P).build();
    // in order: earlier (ends 1 June), later (starts 4 April: not the day earlier ended), next
    assertThat(flagged(rule, child(Y).episodes(List.of(later, next, earlier)).build(), Y)).containsExactly(later);
  }
}
