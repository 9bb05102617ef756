package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.episode;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.ImmutableEpisode;
import io.github.cscreturns.validation.ssda903.RuleTester;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EpisodeDatesTest {
  private static final CollectionYear Y = CollectionYear.Y2023_24;

  private static ImmutableEpisode ceasedOn(LocalDate dec) {
    return episode(Y).start(LocalDate.of(2023, 6, 1)).end(dec).reasonCeased(ReasonEpisodeCeased.X1).build();
  }

  @Test
  void aCeasedEpisodesLastDayInPlacementIsTheDayBeforeDecAndItsEndIsDec() {
    Episode e = ceasedOn(LocalDate.of(2023, 10, 28));
    assertThat(EpisodeDates.lastDayIn(e, Y)).hasValue(LocalDate.of(2023, 10, 27));
    assertThat(EpisodeDates.endOrYearEnd(e, Y)).hasValue(LocalDate.of(2023, 10, 28));
    assertThat(EpisodeDates.daysToEndOrYearEnd(e, Y)).hasValue(149);
    assertThat(EpisodeDates.isOpenEnded(e)).isFalse();
  }

  @Test
  void anOpenEpisodeRunsToTheCollectionEndDate() {
    Episode open = episode(Y).build();
    assertThat(EpisodeDates.lastDayIn(open, Y)).hasValue(LocalDate.of(2024, 3, 31));
    assertThat(EpisodeDates.endOrYearEnd(open, Y)).hasValue(LocalDate.of(2024, 3, 31));
    assertThat(EpisodeDates.isOpenEnded(open)).isTrue();
  }

  @Test
  void anUnparsedDecCannotTell() {
    Episode garbled = episode(Y).putUnparsed("DEC", "31/02/2024").build();
    assertThat(EpisodeDates.lastDayIn(garbled, Y)).isEmpty();
    assertThat(EpisodeDates.endOrYearEnd(garbled, Y)).isEmpty();
    assertThat(EpisodeDates.daysToEndOrYearEnd(garbled, Y)).isEmpty();
    assertThat(EpisodeDates.isOpenEnded(garbled)).isFalse();
  }

  /** 217t: "P2 is not a valid placement type from 28 October 2023": a P2 episode ending that day was last in P2 the day before. */
  @Test
  void theLastDayInPlacementIsTheReadingOfAValidFromDate() {
    Rule217t rule = new Rule217t();
    Episode endsOn28 = ceasedOn(LocalDate.of(2023, 10, 28)).withPlacement(RuleTester.placement(Y).type(PlacementType.P2).build());
    Episode endsOn29 = ceasedOn(LocalDate.of(2023, 10, 29)).withPlacement(RuleTester.placement(Y).type(PlacementType.P2).build());
    assertThat(flagged(rule, child(Y).episodes(List.of(endsOn28)).build(), Y)).isEmpty();
    assertThat(flagged(rule, child(Y).episodes(List.of(endsOn29)).build(), Y)).containsExactly(endsOn29);
  }
}
