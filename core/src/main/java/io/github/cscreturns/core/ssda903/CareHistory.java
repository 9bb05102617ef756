package io.github.cscreturns.core.ssda903;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.ReasonNewEpisode;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The computations behind {@link Child}'s derived views. Never throws on any built child. */
final class CareHistory {
  private CareHistory() {}

  static List<Episode> datedEpisodes(List<Episode> episodes) {
    return episodes.stream()
        .filter(e -> e.start().isPresent())
        .sorted(Comparator.comparing(e -> e.start().orElseThrow()))
        .toList();
  }

  static List<PeriodOfCare> periods(List<Episode> dated) {
    List<PeriodOfCare> periods = new ArrayList<>();
    List<Episode> current = new ArrayList<>();
    Episode previous = null;
    for (Episode e : dated) {
      if (previous != null && startsNewPeriod(previous, e)) {
        periods.add(new PeriodOfCare(current));
        current = new ArrayList<>();
      }
      current.add(e);
      previous = e;
    }
    if (!current.isEmpty()) {
      periods.add(new PeriodOfCare(current));
    }
    return List.copyOf(periods);
  }

  private static boolean startsNewPeriod(Episode previous, Episode next) {
    if (next.reasonNewEpisode().orElse(null) == ReasonNewEpisode.S) {
      return true;
    }
    Optional<LocalDate> end = previous.end();
    return end.isPresent() && !end.get().equals(next.start().orElseThrow());
  }

  static List<PlacementSpell> placements(List<PeriodOfCare> periods) {
    List<PlacementSpell> spells = new ArrayList<>();
    for (PeriodOfCare period : periods) {
      List<Episode> current = new ArrayList<>();
      boolean first = true;
      for (Episode e : period.episodes()) {
        boolean legalStatusOnly = e.reasonNewEpisode().orElse(null) == ReasonNewEpisode.L;
        if (!current.isEmpty() && !legalStatusOnly) {
          spells.add(new PlacementSpell(current, first));
          first = false;
          current = new ArrayList<>();
        }
        current.add(e);
      }
      spells.add(new PlacementSpell(current, first));
    }
    return List.copyOf(spells);
  }

  /** Whole years from {@code dob} to {@code date} (not before it); 29 February birthdays fall on 28 February in common years. */
  static int age(LocalDate dob, LocalDate date) {
    int years = Period.between(dob, date).getYears();
    boolean leapling = dob.getMonthValue() == 2 && dob.getDayOfMonth() == 29;
    if (leapling && date.getMonthValue() == 2 && date.getDayOfMonth() == 28 && !date.isLeapYear()) {
      years++;
    }
    return years;
  }

  static List<Birthday> birthdays(LocalDate dob, CollectionYear year) {
    List<Birthday> result = new ArrayList<>();
    // A birthday in the year falls in its start or end calendar year. Comparing years first keeps
    // dates near LocalDate.MIN or MAX from overflowing in plusYears.
    long firstAge = Math.max(1L, (long) year.startYear() - dob.getYear());
    for (long age = firstAge; age <= (long) year.endYear() - dob.getYear(); age++) {
      LocalDate birthday = dob.plusYears(age);
      if (year.ssda903Contains(birthday)) {
        result.add(new Birthday((int) age, birthday));
      }
    }
    return List.copyOf(result);
  }

  /** Days in [from, to] covered by at least one episode; an episode covers [start, end). */
  static long daysCovered(List<Episode> dated, LocalDate from, LocalDate to) {
    LocalDate limit = to.plusDays(1);
    long days = 0;
    LocalDate reached = from;
    for (Episode e : dated) {
      LocalDate start = e.start().orElseThrow();
      LocalDate end = e.end().orElse(limit);
      if (e.end().isEmpty() && e.unparsed("DEC").isPresent()) {
        continue;
      }
      LocalDate s = start.isBefore(reached) ? reached : start;
      LocalDate en = end.isAfter(limit) ? limit : end;
      if (en.isAfter(s)) {
        days += ChronoUnit.DAYS.between(s, en);
        reached = en;
      }
    }
    return days;
  }

  static int movesIn(List<PeriodOfCare> periods, CollectionYear year) {
    int moves = 0;
    for (PlacementSpell spell : placements(periods)) {
      if (!spell.firstOfPeriod() && year.ssda903Contains(spell.start())) {
        moves++;
      }
    }
    return moves;
  }
}
