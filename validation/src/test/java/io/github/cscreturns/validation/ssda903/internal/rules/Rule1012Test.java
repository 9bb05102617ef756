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

class Rule1012Test {
  private static final CollectionYear Y = CollectionYear.Y2024_25;
  private final Rule1012 rule = new Rule1012();

  @Test
  void firesOnEveryOtherRecordOfAChildWithoutEpisodes() {
    var review = io.github.cscreturns.core.ssda903.Review.builder().build();
    var missing = io.github.cscreturns.core.ssda903.MissingEpisode.builder().build();
    var oc2 = io.github.cscreturns.core.ssda903.HealthOutcomes.builder().build();
    var oc3 = io.github.cscreturns.core.ssda903.CareLeaverCheckpoint.builder().build();
    Child c = child(Y).episodes(List.of()).previousPermanence(List.of()).addReviews(review).addMissingEpisodes(missing).addHealthOutcomes(oc2)
        .addCareLeaverCheckpoints(oc3).build();
    assertThat(flagged(rule, c, Y)).containsExactlyInAnyOrder(review, missing, oc2);
  }

  @Test
  void silentWithEpisodesOrOnlyACareLeaverRecord() {
    assertThat(flagged(rule, child(Y).build(), Y)).isEmpty();
    var review = io.github.cscreturns.core.ssda903.Review.builder().build();
    assertThat(flagged(rule, child(Y).addReviews(review).build(), Y)).isEmpty();
    var oc3 = io.github.cscreturns.core.ssda903.CareLeaverCheckpoint.builder().build();
    assertThat(flagged(rule, child(Y).episodes(List.of()).previousPermanence(List.of()).addCareLeaverCheckpoints(oc3).build(), Y)).isEmpty();
  }
}
