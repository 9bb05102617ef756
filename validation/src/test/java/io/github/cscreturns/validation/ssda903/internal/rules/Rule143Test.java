package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.episode;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.validation.ssda903.RuleTester;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.ReasonNewEpisode;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Rule143Test {
  private final Rule143 rule = new Rule143();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2024_25", "Y2026_27"})
  void firesOnAnUnknownCode(CollectionYear year) {
    EpisodeCodeChecks.firesOnAnUnknownCode(rule, year, "RNE", b -> b.reasonNewEpisode(Optional.empty()));
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2024_25", "Y2026_27"})
  void silentOnValidOrBlankCodes(CollectionYear year) {
    EpisodeCodeChecks.silentOnValidOrBlankCodes(rule, year, b -> b.reasonNewEpisode(Optional.empty()));
  }

  @Test
  void firesOnSameCarerCodesBeforeTheyExisted() {
    CollectionYear y = CollectionYear.Y2014_15;
    Episode t = episode(y).reasonNewEpisode(ReasonNewEpisode.T).build();
    assertThat(flagged(rule, child(y).episodes(List.of(t)).build(), y)).containsExactly(t);
    assertThat(flagged(rule, child(CollectionYear.Y2015_16).episodes(List.of(t)).build(), CollectionYear.Y2015_16)).isEmpty();
  }
}
