package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.internal.rules.CareLeavers.OC3;
import static io.github.cscreturns.validation.ssda903.internal.rules.CareLeavers.YEAR;
import static io.github.cscreturns.validation.ssda903.internal.rules.CareLeavers.careLeaver;
import static io.github.cscreturns.validation.ssda903.internal.rules.CareLeavers.episode;
import static io.github.cscreturns.validation.ssda903.internal.rules.CareLeavers.lastYear;
import static io.github.cscreturns.validation.ssda903.internal.rules.LastYearTester.flaggedAgainst;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.ImmutableEpisode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class Rule1001Test {
  private final Rule1001 rule = new Rule1001();

  @Test
  void firesWhenTheEpisodesFallShortOfThirteenWeeksOrEndInAdoption() {
    Episode short19Days = episode(LocalDate.of(2023, 6, 1), LocalDate.of(2023, 6, 20));
    assertThat(flaggedAgainst(rule, YEAR, careLeaver(), lastYear(short19Days))).containsExactly(OC3);
    Episode adopted = ImmutableEpisode.copyOf(episode(LocalDate.of(2023, 4, 1), LocalDate.of(2024, 1, 1))).withReasonCeased(ReasonEpisodeCeased.E11);
    assertThat(flaggedAgainst(rule, YEAR, careLeaver(), lastYear(adopted))).containsExactly(OC3);
  }

  @Test
  void silentOnAFormerRelevantChild() {
    Episode eightMonths = episode(LocalDate.of(2023, 4, 1), LocalDate.of(2023, 12, 1));
    assertThat(flaggedAgainst(rule, YEAR, careLeaver(), lastYear(eightMonths))).isEmpty();
    // the same episode in both returns counts once, and an open one runs to 31 March
    Episode open = episode(LocalDate.of(2024, 2, 1), null);
    assertThat(flaggedAgainst(rule, YEAR, careLeaver(open), lastYear(open))).isEmpty();
  }
}
