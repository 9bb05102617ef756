package io.github.cscreturns.synthetic.ssda903;

import io.github.cscreturns.core.ssda903.Birthday;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.ImmutableChild;
import io.github.cscreturns.core.ssda903.ImmutableEpisode;
import io.github.cscreturns.core.ssda903.PeriodOfCare;
import io.github.cscreturns.core.ssda903.PlacementSpell;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.codesets.ssda903.ReasonNewEpisode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import io.github.cscreturns.synthetic.testing.SeededProperty;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of core's derived views of a child (placements, periods of care, days in care,
 * checkpoints) over seeded children, valid and invalid ({@link ChildSamples}).
 * Each case is a seed; a failure names it, and {@code -Dcsc.seed=N} replays it.
 */
class ChildProperties {

  static LongStream seeds1000() {
    return SeededProperty.seeds(1000);
  }

  static LongStream seeds500() {
    return SeededProperty.seeds(500);
  }

  static LongStream seeds300() {
    return SeededProperty.seeds(300);
  }

  static LongStream seeds200() {
    return SeededProperty.seeds(200);
  }

  private static Child child(SplittableRandom random, int size) {
    return ChildSamples.child(random);
  }

  private static Child validChild(SplittableRandom random, int size) {
    return ChildSamples.validChild(random);
  }

  /** A child and a collection year to view it in, drawn independently. */
  private record InYear(Child child, CollectionYear year) {}

  private static InYear childInYear(SplittableRandom random, int size) {
    return new InYear(ChildSamples.child(random), ChildSamples.year(random));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds1000")
  void placementsPartitionTheDatedEpisodesInOrder(long seed) {
    SeededProperty.check(seed, ChildProperties::child, ChildProperties::placementsPartitionTheDatedEpisodesInOrder);
  }

  static void placementsPartitionTheDatedEpisodesInOrder(Child child) {
    List<Episode> flattened = new ArrayList<>();
    child.placements().forEach(p -> flattened.addAll(p.episodes()));
    assertThat(flattened).containsExactlyElementsOf(child.episodesInDateOrder());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds1000")
  void periodsPartitionTheDatedEpisodesAndAreOrdered(long seed) {
    SeededProperty.check(seed, ChildProperties::child, ChildProperties::periodsPartitionTheDatedEpisodesAndAreOrdered);
  }

  static void periodsPartitionTheDatedEpisodesAndAreOrdered(Child child) {
    List<Episode> flattened = new ArrayList<>();
    child.periodsOfCare().forEach(p -> flattened.addAll(p.episodes()));
    assertThat(flattened).containsExactlyElementsOf(child.episodesInDateOrder());
    List<PeriodOfCare> periods = child.periodsOfCare();
    for (int i = 1; i < periods.size(); i++) {
      assertThat(periods.get(i).start()).isAfterOrEqualTo(periods.get(i - 1).start());
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds500")
  void periodsOfValidChildrenAreOrderedAndDisjoint(long seed) {
    SeededProperty.check(seed, ChildProperties::validChild, ChildProperties::periodsOfValidChildrenAreOrderedAndDisjoint);
  }

  static void periodsOfValidChildrenAreOrderedAndDisjoint(Child child) {
    List<PeriodOfCare> periods = child.periodsOfCare();
    for (int i = 1; i < periods.size(); i++) {
      PeriodOfCare before = periods.get(i - 1);
      PeriodOfCare after = periods.get(i);
      assertThat(before.end()).as("only the last period may be open").isPresent();
      assertThat(after.start()).isAfter(before.end().orElseThrow());
      assertThat(after.episodes().get(0).reasonNewEpisode()).contains(ReasonNewEpisode.S);
    }
    for (PeriodOfCare p : periods) {
      for (int i = 1; i < p.episodes().size(); i++) {
        assertThat(p.episodes().get(i - 1).reasonCeased()).contains(ReasonEpisodeCeased.X1);
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds500")
  void eachPeriodsPlacementsAreContiguousAndOnlyTheFirstIsNotAMove(long seed) {
    SeededProperty.check(seed, ChildProperties::child, ChildProperties::eachPeriodsPlacementsAreContiguousAndOnlyTheFirstIsNotAMove);
  }

  static void eachPeriodsPlacementsAreContiguousAndOnlyTheFirstIsNotAMove(Child child) {
    List<PlacementSpell> placements = child.placements();
    int index = 0;
    for (PeriodOfCare period : child.periodsOfCare()) {
      List<Episode> covered = new ArrayList<>();
      boolean first = true;
      while (covered.size() < period.episodes().size()) {
        PlacementSpell spell = placements.get(index++);
        assertThat(spell.firstOfPeriod()).isEqualTo(first);
        first = false;
        covered.addAll(spell.episodes());
      }
      assertThat(covered).containsExactlyElementsOf(period.episodes());
    }
    assertThat(index).isEqualTo(placements.size());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds500")
  void placementsOfValidChildrenStartAtEveryChangeOfPlacement(long seed) {
    SeededProperty.check(seed, ChildProperties::validChild, ChildProperties::placementsOfValidChildrenStartAtEveryChangeOfPlacement);
  }

  static void placementsOfValidChildrenStartAtEveryChangeOfPlacement(Child child) {
    for (PlacementSpell spell : child.placements()) {
      List<Episode> eps = spell.episodes();
      assertThat(eps.get(0).reasonNewEpisode()).isPresent().get().isNotEqualTo(ReasonNewEpisode.L);
      for (int i = 1; i < eps.size(); i++) {
        assertThat(eps.get(i).reasonNewEpisode()).contains(ReasonNewEpisode.L);
        assertThat(eps.get(i).placement()).isEqualTo(eps.get(0).placement());
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds300")
  void daysInCareWithinTheYearAreAtMostTheDaysOfTheYear(long seed) {
    SeededProperty.check(seed, ChildProperties::childInYear, c -> daysInCareWithinTheYearAreAtMostTheDaysOfTheYear(c.child(), c.year()));
  }

  static void daysInCareWithinTheYearAreAtMostTheDaysOfTheYear(Child child, CollectionYear year) {
    long daysInYear = year.ssda903End().toEpochDay() - year.ssda903Start().toEpochDay() + 1;
    long days = child.daysInCareWithin(year);
    assertThat(days).isBetween(0L, daysInYear);
    long counted = year.ssda903Start().datesUntil(year.ssda903End().plusDays(1)).filter(child::isLookedAfterOn).count();
    assertThat(days).as("agrees with isLookedAfterOn day by day").isEqualTo(counted);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds500")
  void lookedAfterAtYearEndMeansAnEpisodeIsOpenThen(long seed) {
    SeededProperty.check(seed, ChildProperties::childInYear, c -> lookedAfterAtYearEndMeansAnEpisodeIsOpenThen(c.child(), c.year()));
  }

  static void lookedAfterAtYearEndMeansAnEpisodeIsOpenThen(Child child, CollectionYear year) {
    assertThat(child.isLookedAfterAtYearEnd(year)).isEqualTo(!child.episodesOpenAtYearEnd(year).isEmpty());
    assertThat(child.placementMovesIn(year)).isBetween(0, child.placements().size());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds500")
  void checkpointsAreBirthdaysSeventeenToTwentyOneInTheYear(long seed) {
    SeededProperty.check(seed, ChildProperties::childInYear, c -> checkpointsAreBirthdaysSeventeenToTwentyOneInTheYear(c.child(), c.year()));
  }

  static void checkpointsAreBirthdaysSeventeenToTwentyOneInTheYear(Child child, CollectionYear year) {
    for (Birthday b : child.birthdaysIn(year)) {
      assertThat(year.ssda903Contains(b.date())).isTrue();
      assertThat(child.ageOn(b.date())).contains(b.age());
    }
    int youngest = year.isEqualOrNewerThan(CollectionYear.Y2015_16) ? 17 : 19;
    assertThat(child.careLeaverCheckpointsDue(year)).allSatisfy(b -> assertThat(b.age()).isBetween(youngest, 21));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds1000")
  void noGeneratedChildThrowsWhenAnythingIsRead(long seed) {
    SeededProperty.check(seed, ChildProperties::child, ChildProperties::readEverything);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds200")
  void noChildWithExtremeValuesThrowsWhenAnythingIsRead(long seed) {
    SeededProperty.check(seed, ExtremeChildren::child, ChildProperties::readEverything);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds300")
  void copiesAreEqualAndSourcesDoNotCount(long seed) {
    SeededProperty.check(seed, ChildProperties::child, ChildProperties::copiesAreEqualAndSourcesDoNotCount);
  }

  static void copiesAreEqualAndSourcesDoNotCount(Child child) {
    Child copy = ImmutableChild.copyOf(child).withSource(Optional.empty()).withEpisodes(
        child.episodes().stream().map(e -> (Episode) ImmutableEpisode.copyOf(e).withSource(Optional.empty())).toList());
    assertThat(copy).isEqualTo(child).hasSameHashCodeAs(child);
    assertThat(Child.builder().from(child).build()).isEqualTo(child);
  }

  /** Calls every public no-argument accessor of the child and its records, and every derived view. */
  static void readEverything(Child child) {
    List<Object> records = new ArrayList<>();
    records.add(child);
    records.addAll(child.episodes());
    child.episodes().forEach(e -> records.add(e.placement()));
    records.addAll(child.reviews());
    records.addAll(child.uasc());
    records.addAll(child.healthOutcomes());
    records.addAll(child.careLeaverCheckpoints());
    records.addAll(child.adoptions());
    records.addAll(child.placedForAdoption());
    records.addAll(child.previousPermanence());
    records.addAll(child.missingEpisodes());
    records.addAll(child.socialWorkerEpisodes());
    records.addAll(child.deprivationsOfLiberty());
    for (Object r : records) {
      invokeAccessors(r);
      r.toString();
      r.hashCode();
    }
    child.upn().ifPresent(u -> {
      u.hasValidCheckLetter();
      u.isTemporary();
      u.unknownReason();
      u.laCode();
    });
    for (Episode e : child.episodes()) {
      e.homePostcode().ifPresent(p -> {
        p.normalised();
        p.outwardCode();
        p.isPartial();
      });
    }
    for (PlacementSpell p : child.placements()) {
      p.start();
      p.end();
      p.placement();
    }
    for (PeriodOfCare p : child.periodsOfCare()) {
      p.start();
      p.end();
      p.isOpen();
    }
    List<LocalDate> dates = new ArrayList<>(List.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(2020, 3, 31)));
    child.dob().ifPresent(dates::add);
    child.episodes().forEach(e -> e.start().ifPresent(dates::add));
    for (LocalDate d : dates) {
      child.isLookedAfterOn(d);
      child.ageOn(d);
      child.episodes().forEach(e -> e.covers(d));
    }
    for (CollectionYear y : CollectionYear.values()) {
      child.isLookedAfterAtYearEnd(y);
      child.episodesOpenAtYearEnd(y);
      child.birthdaysIn(y);
      child.careLeaverCheckpointsDue(y);
      child.daysInCareWithin(y);
      child.placementMovesIn(y);
    }
  }

  private static void invokeAccessors(Object record) {
    for (Method m : record.getClass().getMethods()) {
      if (m.getParameterCount() == 0
          && !Modifier.isStatic(m.getModifiers())
          && m.getDeclaringClass() != Object.class
          && !m.getName().equals("getClass")) {
        try {
          m.invoke(record);
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        } catch (InvocationTargetException e) {
          throw new AssertionError(m + " threw on " + record, e.getCause());
        }
      }
    }
  }

  /** Children whose dates sit at the ends of what LocalDate can hold, with every record present. */
  static final class ExtremeChildren {
    private static final List<LocalDate> DATES = List.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(2000, 2, 29), LocalDate.EPOCH);

    private static Optional<LocalDate> date(SplittableRandom random) {
      return ChildSamples.maybe(0.8, random, () -> ChildSamples.pick(DATES, random));
    }

    static Child child(SplittableRandom random, int size) {
      Child c = ChildSamples.child(random);
      Optional<LocalDate> dob = date(random);
      List<Episode> episodes = new ArrayList<>();
      int n = random.nextInt(6);
      for (int i = 0; i < n; i++) {
        episodes.add(
            Episode.builder()
                .start(date(random))
                .end(date(random))
                .reasonNewEpisode(ChildSamples.maybe(0.5, random, () -> ChildSamples.pick(List.of(ReasonNewEpisode.values()), random)))
                .build());
      }
      return ImmutableChild.copyOf(c).withDob(dob).withEpisodes(episodes);
    }
  }
}
