package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static io.github.cscreturns.validation.ssda903.internal.rules.SocialWorkers.day;
import static io.github.cscreturns.validation.ssda903.internal.rules.SocialWorkers.sw;
import static io.github.cscreturns.validation.ssda903.internal.rules.SocialWorkers.withSocialWorkers;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ssda903.SocialWorkerEpisode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RuleSW11bSTG2Test {
  private final RuleSW11bSTG2 rule = new RuleSW11bSTG2();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2023_24", "Y2026_27"})
  void firesOnAnEpisodeEndingInTheLastFiveDaysWithoutAFollowingOne(CollectionYear y) {
    SocialWorkerEpisode only = sw(day(y, 4, 1), day(y, 3, 28));
    assertThat(flagged(rule, withSocialWorkers(y, only), y)).containsExactly(only);
    SocialWorkerEpisode first = sw(day(y, 4, 1), day(y, 3, 27));
    SocialWorkerEpisode undated = sw(null, null);
    assertThat(flagged(rule, withSocialWorkers(y, first, undated), y)).containsExactly(undated);
    SocialWorkerEpisode earlier = sw(day(y, 4, 1), day(y, 9, 1));
    SocialWorkerEpisode endsLate = sw(day(y, 9, 1), day(y, 3, 30));
    assertThat(flagged(rule, withSocialWorkers(y, endsLate, earlier), y)).containsExactly(endsLate);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2023_24", "Y2026_27"})
  void silentOnEpisodesEndingEarlierOrStillOpen(CollectionYear y) {
    assertThat(flagged(rule, withSocialWorkers(y, sw(day(y, 4, 1), day(y, 3, 20))), y)).isEmpty();
    assertThat(flagged(rule, withSocialWorkers(y, sw(day(y, 4, 1), day(y, 9, 1)), sw(day(y, 9, 1), null)), y)).isEmpty();
  }
}
