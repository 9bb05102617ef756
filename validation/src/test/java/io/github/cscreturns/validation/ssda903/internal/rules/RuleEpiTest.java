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

class RuleEpiTest {
  private static final CollectionYear Y = CollectionYear.Y2025_26;
  private final RuleEpi rule = new RuleEpi();

  @Test
  void firesOnAHeaderWithNeitherEpisodesNorCareLeaverRecord() {
    Child c = child(Y).episodes(List.of()).build();
    assertThat(flagged(rule, c, Y)).containsExactly(c);
  }

  @Test
  void silentWithEpisodesOrACareLeaverRecordOrNoHeader() {
    assertThat(flagged(rule, child(Y).build(), Y)).isEmpty();
    var oc3 = io.github.cscreturns.core.ssda903.CareLeaverCheckpoint.builder().build();
    assertThat(flagged(rule, child(Y).episodes(List.of()).addCareLeaverCheckpoints(oc3).build(), Y)).isEmpty();
    assertThat(flagged(rule, child(Y).episodes(List.of()).headerRecorded(false).build(), Y)).isEmpty();
  }
}
