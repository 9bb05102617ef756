package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.episode;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.codesets.ssda903.ReasonNewEpisode;
import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.SourceLocation;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.ImmutableEpisode;
import io.github.cscreturns.core.ssda903.Ssda903Record;
import io.github.cscreturns.validation.ssda903.ReturnRule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class Rule142Test {
  private static final CollectionYear YEAR = CollectionYear.Y2024_25;

  private static ImmutableEpisode starting(int month, int day) {
    return episode(YEAR).start(LocalDate.of(2024, month, day)).reasonNewEpisode(ReasonNewEpisode.P).build();
  }

  /** The records 142 flags on the return. */
  private static List<Ssda903Record> flagged(List<Child> children) {
    ReturnRule.Accumulator accumulator = new Rule142().newAccumulator(RuleContext.of(YEAR));
    for (int i = 0; i < children.size(); i++) {
      accumulator.accept(children.get(i), i);
    }
    List<Ssda903Record> flagged = new ArrayList<>();
    accumulator.finish(new ReturnRule.ReturnFlags() {
      @Override
      public void flagHeader(int ordinal) {
        flagged.add(children.get(ordinal));
      }

      @Override
      public void flag(int ordinal, Ssda903Record record) {
        flagged.add(record);
      }
    });
    return flagged;
  }

  private static List<Ssda903Record> flagged(Child child) {
    return flagged(List.of(child));
  }

  @Test
  void firesOnEarlierEpisodesLeftOpenOrWithoutReason() {
    ImmutableEpisode first = starting(5, 1); // no DEC, no REC
    ImmutableEpisode second = starting(6, 1).withEnd(LocalDate.of(2024, 7, 1)); // REC missing
    ImmutableEpisode last = starting(7, 1);
    Child c = child(YEAR).episodes(List.of(last, second, first)).build();
    assertThat(flagged(c)).containsExactlyInAnyOrder(first, second);
  }

  @Test
  void silentWhenEveryEarlierEpisodeEnded() {
    assertThat(flagged(child(YEAR).build())).isEmpty();
    ImmutableEpisode first = starting(5, 1).withEnd(LocalDate.of(2024, 6, 1)).withReasonCeased(ReasonEpisodeCeased.X1);
    ImmutableEpisode last = starting(6, 1);
    assertThat(flagged(child(YEAR).episodes(List.of(first, last)).build())).isEmpty();
  }

  @Test
  void aDecThatIsNotADateHasNotEnded() {
    ImmutableEpisode first =
        starting(5, 1).withUnparsed(java.util.Map.of("DEC", "31/06/2024")).withReasonCeased(ReasonEpisodeCeased.X1);
    ImmutableEpisode last = starting(6, 1);
    assertThat(flagged(child(YEAR).episodes(List.of(first, last)).build())).containsExactly(first);
  }

  @Test
  void anUndatedEpisodeCountsAsTheLatest() {
    ImmutableEpisode undated = episode(YEAR).start(Optional.empty()).build();
    ImmutableEpisode open = starting(6, 1);
    assertThat(flagged(child(YEAR).episodes(List.of(undated, open)).build())).containsExactly(open);
  }

  @Test
  void inASmallReturnTheLaterOfTwoEpisodesStartingTheSameDayIsTheLatest() {
    ImmutableEpisode first = starting(6, 1);
    ImmutableEpisode second = starting(6, 1);
    // runs of up to 17 episodes keep the order of the return
    assertThat(flagged(child(YEAR).episodes(List.of(first, second)).build())).containsExactly(first);
  }

  @Test
  void inALargerReturnTheReferencesSortDecidesWhichOfTwoSameDayEpisodesIsTheLatest() {
    // 18 episodes starting on day i % 7 of June, one child each but rows 4 and 11 (both 5 June),
    // which are one child's; the reference's sort puts row 11 before row 4, so row 4 is the latest
    List<Child> children = new ArrayList<>();
    List<Episode> twoSameDay = new ArrayList<>();
    for (int row = 0; row < 18; row++) {
      Episode e = starting(6, 1 + row % 7).withSource(SourceLocation.builder().file("episodes.csv").recordIndex(row).build());
      if (row == 4 || row == 11) {
        twoSameDay.add(e);
      } else {
        children.add(child(YEAR).childId(ChildId.of("C" + row)).episodes(List.of(e)).build());
      }
    }
    children.add(child(YEAR).episodes(twoSameDay).build());
    assertThat(flagged(children)).containsExactly(twoSameDay.get(1));
  }
}
