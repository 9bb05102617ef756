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

class Rule432Test {
  private static final CollectionYear Y = CollectionYear.Y2024_25;
  private final Rule432 rule = new Rule432();

  @Test
  void firesWhenCareEndedButTheNextEpisodeIsAContinuation() {
    ImmutableEpisode ended = closed(Y, day(Y, 5, 1), day(Y, 6, 1), ReasonNewEpisode.S).withReasonCeased(ReasonEpisodeCeased.E4A);
    Episode next = episode(Y).start(day(Y, 7, 1)).reasonNewEpisode(ReasonNewEpisode.P).build();
    Child c = child(Y).episodes(List.of(ended, next)).build();
    assertThat(flagged(rule, c, Y)).containsExactly(next);
    // a blank RNE is not S; an episode whose DECOM is not a date comes after the dated ones
    Episode blankRne = episode(Y).start(day(Y, 7, 1)).reasonNewEpisode(Optional.empty()).build();
    assertThat(flagged(rule, child(Y).episodes(List.of(ended, blankRne)).build(), Y)).containsExactly(blankRne);
    Episode undated = episode(Y).start(Optional.empty()).putUnparsed("DECOM", "unknown").reasonNewEpisode(ReasonNewEpisode.P).build();
    assertThat(flagged(rule, child(Y).episodes(List.of(undated, ended)).build(), Y)).containsExactly(undated);
  }

  @Test
  void silentAfterX1OrWhenTheNextStartsCare() {
    assertThat(flagged(rule, child(Y).build(), Y)).isEmpty();
    ImmutableEpisode x1 = closed(Y, day(Y, 5, 1), day(Y, 6, 1), ReasonNewEpisode.S);
    Episode next = episode(Y).start(day(Y, 6, 1)).reasonNewEpisode(ReasonNewEpisode.P).build();
    assertThat(flagged(rule, child(Y).episodes(List.of(x1, next)).build(), Y)).isEmpty();
    Episode ended = x1.withReasonCeased(ReasonEpisodeCeased.E4A);
    Episode restarted = episode(Y).start(day(Y, 7, 1)).build();
    assertThat(flagged(rule, child(Y).episodes(List.of(ended, restarted)).build(), Y)).isEmpty();
    // E4 was split into E4A and E4B in 2014-15: no longer a reason of the year
    Episode e4 = x1.withReasonCeased(ReasonEpisodeCeased.E4);
    assertThat(flagged(rule, child(Y).episodes(List.of(e4, next)).build(), Y)).isEmpty();
    // episodes without a child ID belong to no child
    assertThat(flagged(rule, child(Y).childId(io.github.cscreturns.core.ChildId.of("")).episodes(List.of(ended, next)).build(), Y)).isEmpty();
  }
}
