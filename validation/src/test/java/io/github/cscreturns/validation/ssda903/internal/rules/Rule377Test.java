package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static io.github.cscreturns.validation.ssda903.EpisodeChains.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.LegalStatus;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.codesets.ssda903.ReasonNewEpisode;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.RuleTester;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Rule377Test {
  private final Rule377 rule = new Rule377();

  /** Foster placement U4 from {@code start}, with a T3 holiday placement of two days starting on each of {@code holidays}. */
  private static Child withHolidays(LocalDate start, LocalDate... holidays) {
    java.util.List<Episode> episodes = new java.util.ArrayList<>();
    LocalDate at = start;
    ReasonNewEpisode rne = ReasonNewEpisode.S;
    for (LocalDate holiday : holidays) {
      episodes.add(ceased(YEAR, at, holiday, rne, PlacementType.U4).build());
      episodes.add(ceased(YEAR, holiday, holiday.plusDays(2), ReasonNewEpisode.P, PlacementType.T3).build());
      at = holiday.plusDays(2);
      rne = ReasonNewEpisode.P;
    }
    episodes.add(episode(YEAR, at, rne, PlacementType.U4).build());
    return childWith(YEAR, episodes.toArray(Episode[]::new));
  }

  private static java.util.List<Episode> holidayEpisodes(Child child) {
    return child.episodesInDateOrder().stream().filter(e -> e.placement().type().orElseThrow() == PlacementType.T3).toList();
  }

  @Test
  void firesOnEveryHolidayEpisodeOfAChildWithMoreThanTwo() {
    Child child = withHolidays(date(2022, 4, 1), date(2022, 5, 1), date(2022, 8, 1), date(2023, 2, 1));
    assertThat(flagged(rule, child, YEAR)).containsExactlyElementsOf(holidayEpisodes(child));
    // the return's T3 episodes are counted, as the DfE portal counts them: a change of legal status
    // during a holiday placement makes a third T3 episode
    Episode foster = ceased(YEAR, date(2022, 4, 1), date(2022, 5, 1), ReasonNewEpisode.S, PlacementType.U4).build();
    Episode holiday = ceased(YEAR, date(2022, 5, 1), date(2022, 5, 2), ReasonNewEpisode.P, PlacementType.T3).build();
    Episode sameHoliday = ceased(YEAR, date(2022, 5, 2), date(2022, 5, 3), ReasonNewEpisode.L, PlacementType.T3)
        .legalStatus(LegalStatus.C1).build();
    Episode back = ceased(YEAR, date(2022, 5, 3), date(2022, 8, 1), ReasonNewEpisode.P, PlacementType.U4).build();
    Episode holiday2 = ceased(YEAR, date(2022, 8, 1), date(2022, 8, 3), ReasonNewEpisode.P, PlacementType.T3).build();
    Episode home = episode(YEAR, date(2022, 8, 3), ReasonNewEpisode.P, PlacementType.U4).build();
    assertThat(flagged(rule, childWith(YEAR, foster, holiday, sameHoliday, back, holiday2, home), YEAR))
        .containsExactlyInAnyOrder(holiday, sameHoliday, holiday2);
  }

  @Test
  void silentForTwoHolidayEpisodesOrNone() {
    assertThat(flagged(rule, child(YEAR).build(), YEAR)).isEmpty();
    assertThat(flagged(rule, withHolidays(date(2022, 4, 1), date(2022, 5, 1), date(2022, 8, 1)), YEAR)).isEmpty();
  }
}
