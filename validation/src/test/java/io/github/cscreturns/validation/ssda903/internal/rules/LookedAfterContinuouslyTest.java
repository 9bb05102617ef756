package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.internal.rules.OutcomeFixtures.lookedAfterAllYear;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.LegalStatus;
import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.codesets.ssda903.ReasonNewEpisode;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.RuleTester;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LookedAfterContinuouslyTest {
  private static final CollectionYear YEAR = CollectionYear.Y2024_25;
  private static final LocalDate START = YEAR.ssda903Start();
  private static final LocalDate END = YEAR.ssda903End();

  private static boolean cla(Episode... episodes) {
    Child child = RuleTester.child(YEAR).episodes(List.of(episodes)).build();
    return LookedAfterContinuously.for12MonthsAt31March(child, YEAR);
  }

  private static Episode episode(LocalDate start, ReasonNewEpisode rne, LocalDate end, ReasonEpisodeCeased rec) {
    var b = RuleTester.episode(YEAR).start(start).reasonNewEpisode(rne);
    if (end != null) {
      b.end(end).reasonCeased(rec);
    }
    return b.build();
  }

  @Test
  void aChildLookedAfterSinceBeforeTheYearAndStillIs() {
    assertThat(LookedAfterContinuously.for12MonthsAt31March(lookedAfterAllYear(YEAR).build(), YEAR)).isTrue();
    assertThat(cla(episode(START, ReasonNewEpisode.S, null, null))).as("started on 1 April").isTrue();
    assertThat(cla(
            episode(START.minusYears(1), ReasonNewEpisode.S, START.plusMonths(3), ReasonEpisodeCeased.X1),
            episode(START.plusMonths(3), ReasonNewEpisode.P, null, null)))
        .as("changed placement in the year")
        .isTrue();
    assertThat(cla(episode(START.minusYears(1), ReasonNewEpisode.S, END, ReasonEpisodeCeased.E11))).as("ceased on 31 March").isTrue();
  }

  @Test
  void notWhenTheChildStartedOrCeasedInTheYearWasOnShortBreaksOrWasNotLookedAfter() {
    assertThat(cla(episode(START.plusDays(1), ReasonNewEpisode.S, null, null))).isFalse();
    assertThat(cla(episode(START.minusYears(1), ReasonNewEpisode.S, START, ReasonEpisodeCeased.E11))).isFalse();
    assertThat(cla(episode(START.minusYears(1), ReasonNewEpisode.S, END.minusDays(1), ReasonEpisodeCeased.E11))).as("ceased on 30 March").isFalse();
    assertThat(cla(episode(START.minusYears(2), ReasonNewEpisode.S, START.minusDays(1), ReasonEpisodeCeased.E11))).isFalse();
    Episode respite = RuleTester.episode(YEAR).start(START.minusYears(1)).legalStatus(LegalStatus.V3).build();
    assertThat(cla(respite)).isFalse();
    assertThat(cla()).isFalse();
  }
}
