package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.internal.rules.CarriedOverEpisodes.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.core.ssda903.Episode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class Rule503GTest {
  private final Rule503G rule = new Rule503G();

  @Test
  void firesWhenTheFirstEpisodesDistanceDiffersFromLastYearsOpenEpisode() {
    Episode first = homeAtThePlacement();
    assertThat(flagged(rule, first, lastYear())).containsExactly(first);
  }

  @Test
  void silentWhenTheDistanceMatchesOrNothingWasOpen() {
    assertThat(flagged(rule, firstEpisode(), lastYear())).isEmpty();
    assertThat(flagged(rule, homeAtThePlacement(), lastYear(lastYearsEpisode().end(LocalDate.of(2024, 3, 1)).build()))).isEmpty();
  }
}
