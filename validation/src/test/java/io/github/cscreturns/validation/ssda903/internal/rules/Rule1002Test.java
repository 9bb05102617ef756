package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.internal.rules.CareLeavers.OC3;
import static io.github.cscreturns.validation.ssda903.internal.rules.CareLeavers.YEAR;
import static io.github.cscreturns.validation.ssda903.internal.rules.CareLeavers.careLeaver;
import static io.github.cscreturns.validation.ssda903.internal.rules.CareLeavers.episode;
import static io.github.cscreturns.validation.ssda903.internal.rules.CareLeavers.lastYear;
import static io.github.cscreturns.validation.ssda903.internal.rules.LastYearTester.flaggedAgainst;
import static io.github.cscreturns.validation.ssda903.internal.rules.LastYearTester.flaggedWithoutLastYearsRecord;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class Rule1002Test {
  private final Rule1002 rule = new Rule1002();

  @Test
  void firesWithNoEpisodeThisYearOrLast() {
    assertThat(flaggedAgainst(rule, YEAR, careLeaver(), lastYear())).containsExactly(OC3);
    assertThat(flaggedWithoutLastYearsRecord(rule, YEAR, careLeaver())).containsExactly(OC3);
  }

  @Test
  void silentWithAnEpisodeInEitherYear() {
    assertThat(flaggedAgainst(rule, YEAR, careLeaver(), lastYear(episode(LocalDate.of(2023, 6, 1), LocalDate.of(2023, 9, 1))))).isEmpty();
    assertThat(flaggedWithoutLastYearsRecord(rule, YEAR, careLeaver(episode(LocalDate.of(2024, 6, 1), null)))).isEmpty();
  }
}
