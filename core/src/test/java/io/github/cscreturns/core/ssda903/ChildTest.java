package io.github.cscreturns.core.ssda903;

import static io.github.cscreturns.codesets.CollectionYear.Y2013_14;
import static io.github.cscreturns.codesets.CollectionYear.Y2014_15;
import static io.github.cscreturns.codesets.CollectionYear.Y2015_16;
import static io.github.cscreturns.codesets.CollectionYear.Y2023_24;
import static io.github.cscreturns.codesets.CollectionYear.Y2024_25;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.codesets.ssda903.ReasonNewEpisode;
import io.github.cscreturns.core.ChildId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The derived views on hand-built children, with results worked out by hand. */
class ChildTest {
  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private static Episode episode(String start, String end, ReasonNewEpisode rne, ReasonEpisodeCeased rec, PlacementType place) {
    ImmutableEpisode.Builder b =
        Episode.builder().start(d(start)).reasonNewEpisode(rne).placement(Placement.builder().type(place).build());
    if (end != null) {
      b.end(d(end)).reasonCeased(rec);
    }
    return b.build();
  }

  private static Child child(Episode... episodes) {
    return Child.builder().childId(ChildId.of("1")).dob(d("2010-06-15")).addEpisodes(episodes).build();
  }

  // Two periods of care. In the first, a change of legal status only (L) continues the placement,
  // then X1 followed by P moves the child; the child leaves care (E13). After a gap, a second
  // period starts (S) and a change of placement with the same carers (T) moves the child again.
  private static final Episode E1 = episode("2023-05-01", "2023-09-01", ReasonNewEpisode.S, ReasonEpisodeCeased.X1, PlacementType.U4);
  private static final Episode E2 = episode("2023-09-01", "2024-01-10", ReasonNewEpisode.L, ReasonEpisodeCeased.X1, PlacementType.U4);
  private static final Episode E3 = episode("2024-01-10", "2024-02-01", ReasonNewEpisode.P, ReasonEpisodeCeased.E13, PlacementType.U6);
  private static final Episode E4 = episode("2024-06-01", "2024-08-01", ReasonNewEpisode.S, ReasonEpisodeCeased.X1, PlacementType.K2);
  private static final Episode E5 = episode("2024-08-01", null, ReasonNewEpisode.T, null, PlacementType.U6);
  // Read out of order, to show the views sort by start date.
  private static final Child TWO_PERIODS = child(E4, E1, E5, E3, E2);

  @Test
  void episodesInDateOrderSortsAndLeavesOutUndatedEpisodes() {
    Episode undated = Episode.builder().putUnparsed("DECOM", "31/02/2024").build();
    Child c = ImmutableChild.copyOf(TWO_PERIODS).withEpisodes(E4, undated, E1, E5, E3, E2);
    assertThat(c.episodesInDateOrder()).containsExactly(E1, E2, E3, E4, E5);
  }

  @Test
  void periodsOfCareStartWithSOrAfterAGap() {
    List<PeriodOfCare> periods = TWO_PERIODS.periodsOfCare();
    assertThat(periods).extracting(PeriodOfCare::episodes).containsExactly(List.of(E1, E2, E3), List.of(E4, E5));
    assertThat(periods.get(0).start()).isEqualTo(d("2023-05-01"));
    assertThat(periods.get(0).end()).contains(d("2024-02-01"));
    assertThat(periods.get(0).isOpen()).isFalse();
    assertThat(periods.get(1).isOpen()).isTrue();
  }

  @Test
  void aGapEndsAPeriodEvenWithoutS() {
    Episode a = episode("2024-01-01", "2024-03-01", ReasonNewEpisode.S, ReasonEpisodeCeased.X1, PlacementType.U4);
    Episode b = episode("2024-03-02", null, ReasonNewEpisode.P, null, PlacementType.U6);
    Child c = child(a, b);
    assertThat(c.periodsOfCare()).extracting(PeriodOfCare::episodes).containsExactly(List.of(a), List.of(b));
    assertThat(c.placements()).extracting(PlacementSpell::firstOfPeriod).containsExactly(true, true);
    assertThat(c.placementMovesIn(Y2023_24)).isZero();
  }

  @Test
  void sStartsAPeriodEvenWithoutAGap() {
    Episode a = episode("2024-01-01", "2024-03-01", ReasonNewEpisode.S, ReasonEpisodeCeased.E11, PlacementType.U4);
    Episode b = episode("2024-03-01", null, ReasonNewEpisode.S, null, PlacementType.U4);
    assertThat(child(a, b).periodsOfCare()).hasSize(2);
  }

  @Test
  void placementsJoinEpisodesContinuedByLegalStatusChangesOnly() {
    List<PlacementSpell> placements = TWO_PERIODS.placements();
    assertThat(placements).extracting(PlacementSpell::episodes)
        .containsExactly(List.of(E1, E2), List.of(E3), List.of(E4), List.of(E5));
    assertThat(placements).extracting(PlacementSpell::firstOfPeriod).containsExactly(true, false, true, false);
    assertThat(placements.get(0).start()).isEqualTo(d("2023-05-01"));
    assertThat(placements.get(0).end()).contains(d("2024-01-10"));
    assertThat(placements.get(0).placement().type()).contains(PlacementType.U4);
    assertThat(placements.get(3).end()).isEmpty();
  }

  @Test
  void everyReasonButLStartsANewPlacement() {
    for (ReasonNewEpisode rne : List.of(ReasonNewEpisode.P, ReasonNewEpisode.T, ReasonNewEpisode.B, ReasonNewEpisode.U)) {
      Episode a = episode("2024-01-01", "2024-03-01", ReasonNewEpisode.S, ReasonEpisodeCeased.X1, PlacementType.U4);
      Episode b = episode("2024-03-01", null, rne, null, PlacementType.U4);
      Child c = child(a, b);
      assertThat(c.periodsOfCare()).as("%s", rne).hasSize(1);
      assertThat(c.placements()).as("%s", rne).hasSize(2);
      assertThat(c.placementMovesIn(Y2023_24)).as("%s", rne).isEqualTo(1);
    }
    Episode a = episode("2024-01-01", "2024-03-01", ReasonNewEpisode.S, ReasonEpisodeCeased.X1, PlacementType.U4);
    Episode b = Episode.builder().start(d("2024-03-01")).putUnparsed("RNE", "Q").build();
    assertThat(child(a, b).placements()).as("an unknown reason starts a new placement").hasSize(2);
  }

  @Test
  void lookedAfterOnADateCountsTheStartButNotTheDayAnEpisodeCeases() {
    assertThat(TWO_PERIODS.isLookedAfterOn(d("2023-04-30"))).isFalse();
    assertThat(TWO_PERIODS.isLookedAfterOn(d("2023-05-01"))).isTrue();
    assertThat(TWO_PERIODS.isLookedAfterOn(d("2024-01-31"))).isTrue();
    assertThat(TWO_PERIODS.isLookedAfterOn(d("2024-02-01"))).isFalse();
    assertThat(TWO_PERIODS.isLookedAfterOn(d("2024-05-31"))).isFalse();
    assertThat(TWO_PERIODS.isLookedAfterOn(d("2099-01-01"))).as("open episode").isTrue();
  }

  @Test
  void atYearEnd() {
    assertThat(TWO_PERIODS.isLookedAfterAtYearEnd(Y2023_24)).isFalse();
    assertThat(TWO_PERIODS.episodesOpenAtYearEnd(Y2023_24)).isEmpty();
    assertThat(TWO_PERIODS.isLookedAfterAtYearEnd(Y2024_25)).isTrue();
    assertThat(TWO_PERIODS.episodesOpenAtYearEnd(Y2024_25)).containsExactly(E5);
  }

  @Test
  void anEpisodeCeasingOn31MarchMeansNotLookedAfterAt31March() {
    Episode ceases31March = episode("2024-06-01", "2025-03-31", ReasonNewEpisode.S, ReasonEpisodeCeased.E13, PlacementType.U4);
    Child c = child(ceases31March);
    assertThat(c.isLookedAfterAtYearEnd(Y2024_25)).isFalse();
    assertThat(c.episodesOpenAtYearEnd(Y2024_25)).isEmpty();
    assertThat(c.isLookedAfterOn(d("2025-03-30"))).isTrue();
    Episode ceases1April = episode("2024-06-01", "2025-04-01", ReasonNewEpisode.S, ReasonEpisodeCeased.E13, PlacementType.U4);
    assertThat(child(ceases1April).isLookedAfterAtYearEnd(Y2024_25)).isTrue();
    Episode starts31March = episode("2025-03-31", null, ReasonNewEpisode.S, null, PlacementType.U4);
    assertThat(child(starts31March).isLookedAfterAtYearEnd(Y2024_25)).isTrue();
    assertThat(child(starts31March).daysInCareWithin(Y2024_25)).isEqualTo(1);
  }

  @Test
  void anEpisodeWithAnUnparsedEndIsNotTakenAsOpen() {
    Episode badEnd = Episode.builder().start(d("2024-06-01")).reasonNewEpisode(ReasonNewEpisode.S).putUnparsed("DEC", "31/02/2025").build();
    Child c = child(badEnd);
    assertThat(badEnd.isOpen()).isFalse();
    assertThat(c.isLookedAfterAtYearEnd(Y2024_25)).isFalse();
    assertThat(c.daysInCareWithin(Y2024_25)).isZero();
    assertThat(c.periodsOfCare()).hasSize(1);
  }

  @Test
  void daysInCareWithinTheYear() {
    // 1 May 2023 to 31 January 2024 inclusive: the day the episode ceased is not counted.
    assertThat(TWO_PERIODS.daysInCareWithin(Y2023_24)).isEqualTo(276);
    // 1 June 2024 to 31 March 2025, still looked after.
    assertThat(TWO_PERIODS.daysInCareWithin(Y2024_25)).isEqualTo(304);
    assertThat(TWO_PERIODS.daysInCareWithin(Y2014_15)).isZero();
    Episode overlapping = episode("2024-07-01", "2024-07-11", ReasonNewEpisode.P, ReasonEpisodeCeased.X1, PlacementType.T0);
    assertThat(ImmutableChild.copyOf(TWO_PERIODS).withEpisodes(E4, E5, overlapping).daysInCareWithin(Y2024_25))
        .as("overlapping days counted once").isEqualTo(304);
  }

  @Test
  void placementMovesInTheYear() {
    assertThat(TWO_PERIODS.placementMovesIn(Y2023_24)).as("E3; E2 is the same placement").isEqualTo(1);
    assertThat(TWO_PERIODS.placementMovesIn(Y2024_25)).as("E5; E4 starts a period").isEqualTo(1);
  }

  @Test
  void ageAndBirthdays() {
    Child c = child();
    assertThat(c.ageOn(d("2024-06-14"))).contains(13);
    assertThat(c.ageOn(d("2024-06-15"))).contains(14);
    assertThat(c.ageOn(d("2010-06-15"))).contains(0);
    assertThat(c.ageOn(d("2010-06-14"))).isEmpty();
    assertThat(Child.builder().childId(ChildId.of("1")).build().ageOn(d("2024-01-01"))).isEmpty();
    assertThat(c.birthdaysIn(Y2024_25)).containsExactly(new Birthday(14, d("2024-06-15")));
  }

  @Test
  void birthdaysOf29FebruaryFallOn28FebruaryInCommonYears() {
    Child leapling = Child.builder().childId(ChildId.of("1")).dob(d("2008-02-29")).build();
    assertThat(leapling.birthdaysIn(Y2023_24)).containsExactly(new Birthday(16, d("2024-02-29")));
    assertThat(leapling.birthdaysIn(Y2024_25)).containsExactly(new Birthday(17, d("2025-02-28")));
    assertThat(leapling.ageOn(d("2025-02-27"))).contains(16);
    assertThat(leapling.ageOn(d("2025-02-28"))).contains(17);
    assertThat(leapling.ageOn(d("2024-02-28"))).contains(15);
    assertThat(leapling.ageOn(d("2024-02-29"))).contains(16);
    assertThat(leapling.careLeaverCheckpointsDue(Y2024_25)).containsExactly(new Birthday(17, d("2025-02-28")));
    assertThat(leapling.careLeaverCheckpointsDue(Y2023_24)).isEmpty();
  }

  @Test
  void aChildBornInTheYearHasNoBirthdayInIt() {
    Child baby = Child.builder().childId(ChildId.of("1")).dob(d("2024-05-01")).build();
    assertThat(baby.birthdaysIn(Y2024_25)).isEmpty();
    assertThat(baby.birthdaysIn(Y2023_24)).isEmpty();
    assertThat(Child.builder().childId(ChildId.of("1")).dob(LocalDate.MAX).build().birthdaysIn(Y2024_25)).isEmpty();
  }

  @Test
  void checkpointsAre17thTo21stBirthdaysFrom2015To16And19thTo21stBefore() {
    Child born1997 = Child.builder().childId(ChildId.of("1")).dob(d("1997-06-15")).build();
    assertThat(born1997.careLeaverCheckpointsDue(Y2014_15)).as("17th in 2014-15: not yet collected").isEmpty();
    assertThat(born1997.careLeaverCheckpointsDue(Y2015_16)).containsExactly(new Birthday(18, d("2015-06-15")));
    Child born1996 = Child.builder().childId(ChildId.of("1")).dob(d("1996-06-15")).build();
    assertThat(born1996.careLeaverCheckpointsDue(Y2014_15)).as("18th before 2015-16").isEmpty();
    assertThat(born1996.careLeaverCheckpointsDue(Y2015_16)).containsExactly(new Birthday(19, d("2015-06-15")));
    Child born1993 = Child.builder().childId(ChildId.of("1")).dob(d("1993-05-01")).build();
    assertThat(born1993.careLeaverCheckpointsDue(Y2013_14)).containsExactly(new Birthday(20, d("2013-05-01")));
    assertThat(born1993.careLeaverCheckpointsDue(Y2014_15)).containsExactly(new Birthday(21, d("2014-05-01")));
    assertThat(born1993.careLeaverCheckpointsDue(Y2015_16)).as("22nd").isEmpty();
    Child born2008 = Child.builder().childId(ChildId.of("1")).dob(d("2008-06-10")).build();
    assertThat(born2008.careLeaverCheckpointsDue(Y2024_25)).as("16th").isEmpty();
  }

  @Test
  void aChildWithoutRecordsHasEmptyViews() {
    Child c = Child.builder().childId(ChildId.of("1")).build();
    assertThat(c.periodsOfCare()).isEmpty();
    assertThat(c.placements()).isEmpty();
    assertThat(c.isLookedAfterAtYearEnd(Y2024_25)).isFalse();
    assertThat(c.daysInCareWithin(Y2024_25)).isZero();
    assertThat(c.birthdaysIn(Y2024_25)).isEmpty();
  }

  @Test
  void theChildIdIsTheOnlyMandatoryItem() {
    assertThatThrownBy(() -> Child.builder().build()).isInstanceOf(IllegalStateException.class).hasMessageContaining("childId");
  }
}
