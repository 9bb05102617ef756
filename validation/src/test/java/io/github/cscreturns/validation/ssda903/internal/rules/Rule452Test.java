package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.internal.rules.CarriedOverEpisodes.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.ssda903.ReasonNewEpisode;
import io.github.cscreturns.core.ssda903.Episode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class Rule452Test {
  private final Rule452 rule = new Rule452();

  @Test
  void firesWhenTheCarriedOverEpisodeIsPlacedInAnotherAuthority() {
    Episode first = placedInAnotherLa();
    assertThat(flagged(rule, first, lastYear())).containsExactly(first);
  }

  @Test
  void silentWhenTheAuthorityIsTheSameOrTheEpisodesAreNotTheSame() {
    assertThat(flagged(rule, firstEpisode(), lastYear())).isEmpty();
    // last year's episode ended: nothing carried over
    assertThat(flagged(rule, placedInAnotherLa(), lastYear(lastYearsEpisode().end(LocalDate.of(2024, 3, 1)).build()))).isEmpty();
    // a different reason for new episode: not the same episode
    assertThat(flagged(rule, placedInAnotherLa(), lastYear(lastYearsEpisode().reasonNewEpisode(ReasonNewEpisode.P).build()))).isEmpty();
  }
}
