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

class Rule388Test {
  private final Rule388 rule = new Rule388();

  @Test
  void firesWhenX1AndTheNextEpisodeDoesNotStartThatDayOrIsMissing() {
    Episode gap = ceased(YEAR, date(2022, 6, 1), date(2022, 7, 1), ReasonNewEpisode.S, PlacementType.U4).build();
    Episode next = episode(YEAR, date(2022, 7, 3), ReasonNewEpisode.P, PlacementType.U6).build();
    assertThat(flagged(rule, childWith(YEAR, gap, next), YEAR)).containsExactly(gap);
    Episode last = ceased(YEAR, date(2022, 6, 1), date(2022, 7, 1), ReasonNewEpisode.S, PlacementType.U4).build();
    assertThat(flagged(rule, childWith(YEAR, last), YEAR)).containsExactly(last);
  }

  @Test
  void firesWhenAnotherReasonIsUsedButTheNextEpisodeStartsThatDay() {
    Episode ended = episode(YEAR, date(2022, 6, 1), ReasonNewEpisode.S, PlacementType.U4).end(date(2022, 7, 1))
        .reasonCeased(ReasonEpisodeCeased.E13).build();
    Episode next = episode(YEAR, date(2022, 7, 1), ReasonNewEpisode.P, PlacementType.U6).build();
    assertThat(flagged(rule, childWith(YEAR, next, ended), YEAR)).containsExactly(ended);
  }

  @Test
  void silentForContinuationsAndEndingsOfCare() {
    assertThat(flagged(rule, child(YEAR).build(), YEAR)).isEmpty();
    Episode first = ceased(YEAR, date(2022, 6, 1), date(2022, 7, 1), ReasonNewEpisode.S, PlacementType.U4).build();
    Episode second = episode(YEAR, date(2022, 7, 1), ReasonNewEpisode.P, PlacementType.U6).end(date(2022, 8, 1))
        .reasonCeased(ReasonEpisodeCeased.E13).build();
    Episode again = episode(YEAR, date(2022, 10, 1), ReasonNewEpisode.S, PlacementType.U6).build();
    assertThat(flagged(rule, childWith(YEAR, first, second, again), YEAR)).isEmpty();
    Episode blankReason = RuleTester.episode(YEAR).end(date(2022, 7, 1)).build();
    assertThat(flagged(rule, childWith(YEAR, blankReason), YEAR)).isEmpty();
  }

  @Test
  void aReasonThatIsNotACodeIsAnotherReasonThanX1() {
    Episode ended = episode(YEAR, date(2022, 6, 1), ReasonNewEpisode.S, PlacementType.U4).end(date(2022, 7, 1))
        .reasonCeased(Optional.empty()).putUnparsed("REC", "X1 ").build();
    Episode next = episode(YEAR, date(2022, 7, 1), ReasonNewEpisode.P, PlacementType.U6).build();
    assertThat(flagged(rule, childWith(YEAR, next, ended), YEAR)).containsExactly(ended);
  }

  @Test
  void anEpisodeWhoseDecomIsNotADateComesFirst() {
    Episode undated = ceased(YEAR, date(2022, 6, 1), date(2022, 7, 1), ReasonNewEpisode.S, PlacementType.U4)
        .start(Optional.empty()).putUnparsed("DECOM", "06/31/2022").build();
    Episode next = episode(YEAR, date(2022, 7, 1), ReasonNewEpisode.P, PlacementType.U6).build();
    // read first, the undated X1 episode is followed by one starting the day it ceased
    assertThat(flagged(rule, childWith(YEAR, next, undated), YEAR)).isEmpty();
    Episode earlier = ceased(YEAR, date(2022, 5, 1), date(2022, 5, 20), ReasonNewEpisode.S, PlacementType.U4).build();
    assertThat(flagged(rule, childWith(YEAR, earlier, next, undated), YEAR)).containsExactlyInAnyOrder(undated, earlier);
  }
}
