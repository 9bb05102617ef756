package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.internal.rules.CareLeavers.OC3;
import static io.github.cscreturns.validation.ssda903.internal.rules.CareLeavers.YEAR;
import static io.github.cscreturns.validation.ssda903.internal.rules.CareLeavers.careLeaver;
import static io.github.cscreturns.validation.ssda903.internal.rules.CareLeavers.episode;
import static io.github.cscreturns.validation.ssda903.internal.rules.CareLeavers.lastYear;
import static io.github.cscreturns.validation.ssda903.internal.rules.LastYearTester.flaggedAgainst;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class Rule1010Test {
  private final Rule1010 rule = new Rule1010();

  @Test
  void firesWhenLastYearsLatestEpisodeWasOpenAndThisYearHasNone() {
    var ended = episode(LocalDate.of(2023, 5, 1), LocalDate.of(2023, 6, 1));
    var open = episode(LocalDate.of(2023, 6, 1), null);
    assertThat(flaggedAgainst(rule, YEAR, careLeaver(), lastYear(open, ended))).containsExactly(OC3);
  }

  @Test
  void silentWhenCareEndedLastYearOrEpisodesContinue() {
    var ended = episode(LocalDate.of(2023, 5, 1), LocalDate.of(2023, 6, 1));
    assertThat(flaggedAgainst(rule, YEAR, careLeaver(), lastYear(ended))).isEmpty();
    var open = episode(LocalDate.of(2023, 6, 1), null);
    assertThat(flaggedAgainst(rule, YEAR, careLeaver(episode(LocalDate.of(2023, 6, 1), null)), lastYear(open))).isEmpty();
  }
}
