package io.github.cscreturns.core.ssda903;

import io.github.cscreturns.core.ssda903.testing.ChildArbitraries;
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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the derived views over generated children, valid and invalid. */
class ChildProperties {

  @Provide
  Arbitrary<Child> children() {
    return ChildArbitraries.children();
  }

  @Provide
  Arbitrary<Child> validChildren() {
    return ChildArbitraries.validChildren();
  }

  @Provide
  Arbitrary<Child> extremeChildren() {
    return ExtremeChildren.children();
  }

  @Property(tries = 1000)
  void placementsPartitionTheDatedEpisodesInOrder(@ForAll("children") Child child) {
    List<Episode> flattened = new ArrayList<>();
    child.placements().forEach(p -> flattened.addAll(p.episodes()));
    assertThat(flattened).containsExactlyElementsOf(child.episodesInDateOrder());
  }

  @Property(tries = 1000)
  void periodsPartitionTheDatedEpisodesAndAreOrdered(@ForAll("children") Child child) {
    List<Episode> flattened = new ArrayList<>();
    child.periodsOfCare().forEach(p -> flattened.addAll(p.episodes()));
    assertThat(flattened).containsExactlyElementsOf(child.episodesInDateOrder());
    List<PeriodOfCare> periods = child.periodsOfCare();
    for (int i = 1; i < periods.size(); i++) {
      assertThat(periods.get(i).start()).isAfterOrEqualTo(periods.get(i - 1).start());
    }
  }

  @Property(tries = 500)
  void periodsOfValidChildrenAreOrderedAndDisjoint(@ForAll("validChildren") Child child) {
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

  @Property(tries = 500)
  void eachPeriodsPlacementsAreContiguousAndOnlyTheFirstIsNotAMove(@ForAll("children") Child child) {
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

  @Property(tries = 500)
  void placementsOfValidChildrenStartAtEveryChangeOfPlacement(@ForAll("validChildren") Child child) {
    for (PlacementSpell spell : child.placements()) {
      List<Episode> eps = spell.episodes();
      assertThat(eps.get(0).reasonNewEpisode()).isPresent().get().isNotEqualTo(ReasonNewEpisode.L);
      for (int i = 1; i < eps.size(); i++) {
        assertThat(eps.get(i).reasonNewEpisode()).contains(ReasonNewEpisode.L);
        assertThat(eps.get(i).placement()).isEqualTo(eps.get(0).placement());
      }
    }
  }

  @Property(tries = 300)
  void daysInCareWithinTheYearAreAtMostTheDaysOfTheYear(
      @ForAll("children") Child child, @ForAll CollectionYear year) {
    long daysInYear = year.ssda903End().toEpochDay() - year.ssda903Start().toEpochDay() + 1;
    long days = child.daysInCareWithin(year);
    assertThat(days).isBetween(0L, daysInYear);
    long counted = year.ssda903Start().datesUntil(year.ssda903End().plusDays(1)).filter(child::isLookedAfterOn).count();
    assertThat(days).as("agrees with isLookedAfterOn day by day").isEqualTo(counted);
  }

  @Property(tries = 500)
  void lookedAfterAtYearEndMeansAnEpisodeIsOpenThen(@ForAll("children") Child child, @ForAll CollectionYear year) {
    assertThat(child.isLookedAfterAtYearEnd(year)).isEqualTo(!child.episodesOpenAtYearEnd(year).isEmpty());
    assertThat(child.placementMovesIn(year)).isBetween(0, child.placements().size());
  }

  @Property(tries = 500)
  void checkpointsAreBirthdaysSeventeenToTwentyOneInTheYear(@ForAll("children") Child child, @ForAll CollectionYear year) {
    for (Birthday b : child.birthdaysIn(year)) {
      assertThat(year.ssda903Contains(b.date())).isTrue();
      assertThat(child.ageOn(b.date())).contains(b.age());
    }
    int youngest = year.isEqualOrNewerThan(CollectionYear.Y2015_16) ? 17 : 19;
    assertThat(child.careLeaverCheckpointsDue(year)).allSatisfy(b -> assertThat(b.age()).isBetween(youngest, 21));
  }

  @Property(tries = 1000)
  void noGeneratedChildThrowsWhenAnythingIsRead(@ForAll("children") Child child) {
    readEverything(child);
  }

  @Property(tries = 200)
  void noChildWithExtremeValuesThrowsWhenAnythingIsRead(@ForAll("extremeChildren") Child child) {
    readEverything(child);
  }

  @Property(tries = 300)
  void copiesAreEqualAndSourcesDoNotCount(@ForAll("children") Child child) {
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
    static Arbitrary<Child> children() {
      Arbitrary<LocalDate> dates = Arbitraries.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(2000, 2, 29), LocalDate.EPOCH);
      Arbitrary<Optional<LocalDate>> maybe = dates.optional(0.8);
      Arbitrary<Episode> episodes =
          net.jqwik.api.Combinators.combine(maybe, maybe, Arbitraries.of(ReasonNewEpisode.values()).optional())
              .as((s, e, r) -> Episode.builder().start(s).end(e).reasonNewEpisode(r).build());
      return net.jqwik.api.Combinators.combine(ChildArbitraries.children(), maybe, episodes.list().ofMaxSize(5))
          .as((c, dob, eps) -> ImmutableChild.copyOf(c).withDob(dob).withEpisodes(eps));
    }
  }
}
