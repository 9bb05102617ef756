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

class Rule437Test {
  private static final CollectionYear Y = CollectionYear.Y2024_25;
  private final Rule437 rule = new Rule437();

  @Test
  void firesOnDeathOrAdulthoodFollowedByAnotherEpisode() {
    ImmutableEpisode aged = closed(Y, day(Y, 5, 1), day(Y, 6, 1), ReasonNewEpisode.S).withReasonCeased(ReasonEpisodeCeased.E15);
    Episode later = episode(Y).start(day(Y, 9, 1)).build();
    Child c = child(Y).episodes(List.of(later, aged)).build();
    assertThat(flagged(rule, c, Y)).containsExactly(aged);
  }

  @Test
  void silentWhenItIsTheLastEpisode() {
    assertThat(flagged(rule, child(Y).build(), Y)).isEmpty();
    ImmutableEpisode first = closed(Y, day(Y, 5, 1), day(Y, 6, 1), ReasonNewEpisode.S);
    ImmutableEpisode died = closed(Y, day(Y, 6, 1), day(Y, 9, 1), ReasonNewEpisode.P).withReasonCeased(ReasonEpisodeCeased.E2);
    assertThat(flagged(rule, child(Y).episodes(List.of(first, died)).build(), Y)).isEmpty();
  }
}
