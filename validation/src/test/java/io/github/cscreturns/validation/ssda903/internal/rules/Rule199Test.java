package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.episode;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
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
import org.junit.jupiter.api.Test;

class Rule199Test {
  private static final CollectionYear YEAR = CollectionYear.Y2023_24;
  private static final CollectionYear LAST = CollectionYear.Y2022_23;

  /** The records 199 flags on this year's return, with last year's. */
  private static List<Ssda903Record> flagged(List<Child> children, List<Child> lastYear) {
    ReturnRule.Accumulator accumulator = new Rule199().newAccumulator(RuleContext.of(YEAR).withPreviousReturn(lastYear));
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

  private static List<Ssda903Record> flagged(Child child, Child... lastYear) {
    return flagged(List.of(child), List.of(lastYear));
  }

  @Test
  void firesOnEpisodesAfterAnAdoption() {
    ImmutableEpisode adopted = episode(YEAR).start(LocalDate.of(2023, 4, 10)).end(LocalDate.of(2023, 6, 1))
        .reasonCeased(ReasonEpisodeCeased.E11).build();
    ImmutableEpisode again = episode(YEAR).start(LocalDate.of(2023, 9, 1)).build();
    Child c = child(YEAR).episodes(List.of(again, adopted)).build();
    assertThat(flagged(c)).containsExactly(again);
  }

  @Test
  void firesOnEpisodesAfterAnAdoptionInThePreviousYear() {
    Child previous = child(LAST).episodes(List.of(episode(LAST).end(LocalDate.of(2022, 12, 1))
        .reasonCeased(ReasonEpisodeCeased.E12).build())).build();
    ImmutableEpisode now = episode(YEAR).build();
    Child c = child(YEAR).episodes(List.of(now)).build();
    assertThat(flagged(c, previous)).containsExactly(now);
  }

  @Test
  void silentOnTheAdoptionItselfAndWithoutOne() {
    assertThat(flagged(child(YEAR).build())).isEmpty();
    ImmutableEpisode adopted = episode(YEAR).end(LocalDate.of(2023, 12, 1)).reasonCeased(ReasonEpisodeCeased.E11).build();
    ImmutableEpisode before = episode(YEAR).start(LocalDate.of(2023, 4, 2)).end(LocalDate.of(2023, 6, 1))
        .reasonCeased(ReasonEpisodeCeased.X1).build();
    assertThat(flagged(child(YEAR).episodes(List.of(before, adopted)).build())).isEmpty();
    assertThat(flagged(child(YEAR).build(), child(LAST).build())).isEmpty();
    // another child's adoption last year is not this child's
    Child other = child(LAST).childId(ChildId.of("C0099")).episodes(List.of(episode(LAST).end(LocalDate.of(2022, 12, 1))
        .reasonCeased(ReasonEpisodeCeased.E12).build())).build();
    assertThat(flagged(child(YEAR).build(), other)).isEmpty();
  }

  @Test
  void inASmallReturnAnAdoptionCarriedOverFromLastYearIsNotASecondOne() {
    LocalDate start = LocalDate.of(2021, 3, 9);
    Child previous = child(LAST).episodes(List.of(episode(LAST).start(start).end(LocalDate.of(2022, 7, 20))
        .reasonCeased(ReasonEpisodeCeased.E11).build())).build();
    ImmutableEpisode carried = episode(YEAR).start(start).end(LocalDate.of(2023, 10, 24)).reasonCeased(ReasonEpisodeCeased.E11).build();
    Child c = child(YEAR).episodes(List.of(carried)).build();
    // this year's episodes come before last year's, and runs of up to 17 keep that order
    assertThat(flagged(c, previous)).isEmpty();
  }

  @Test
  void inLargerReturnsTheReferencesSortCanPutLastYearsAdoptionFirst() {
    // 11 episodes this year and 7 last year, starting on day (row % 7) of June 2021 counting the
    // rows of both returns in turn; rows 4 (this year) and 11 (last year's first) are one child's,
    // adopted last year. The reference's sort puts row 11 before row 4: this year's episode is flagged.
    List<Child> thisYear = new ArrayList<>();
    List<Child> lastYear = new ArrayList<>();
    Episode flaggedEpisode = null;
    for (int row = 0; row < 18; row++) {
      boolean current = row < 11;
      CollectionYear year = current ? YEAR : LAST;
      ImmutableEpisode e = episode(year).start(LocalDate.of(2021, 6, 1 + row % 7))
          .source(SourceLocation.builder().file("episodes.csv").recordIndex(current ? row : row - 11).build()).build();
      String id = "C" + row;
      if (row == 4 || row == 11) {
        id = "ADOPTED";
      }
      if (row == 11) {
        e = e.withEnd(LocalDate.of(2022, 7, 20)).withReasonCeased(ReasonEpisodeCeased.E11);
      }
      if (row == 4) {
        flaggedEpisode = e;
      }
      (current ? thisYear : lastYear).add(child(year).childId(ChildId.of(id)).episodes(List.of(e)).build());
    }
    assertThat(flagged(thisYear, lastYear)).containsExactly(flaggedEpisode);
  }
}
