package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.internal.rules.CarriedOverEpisodes.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.ssda903.ReasonNewEpisode;
import io.github.cscreturns.core.ssda903.Episode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class Rule503HTest {
  private final Rule503H rule = new Rule503H();

  @Test
  void firesWhenTheFirstEpisodeIsPlacedInAnotherAuthorityThanLastYearsOpenEpisode() {
    Episode first = placedInAnotherLa();
    assertThat(flagged(rule, first, lastYear())).containsExactly(first);
    // unlike 452, the reason for new episode is not compared
    assertThat(flagged(rule, first, lastYear(lastYearsEpisode().reasonNewEpisode(ReasonNewEpisode.P).build()))).containsExactly(first);
  }

  @Test
  void silentWhenTheAuthorityMatchesOrNothingWasOpen() {
    assertThat(flagged(rule, firstEpisode(), lastYear())).isEmpty();
    assertThat(flagged(rule, placedInAnotherLa(), lastYear(lastYearsEpisode().end(LocalDate.of(2024, 3, 1)).build()))).isEmpty();
  }
}
