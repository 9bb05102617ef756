package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.CollectionYear;
import java.time.LocalDate;

/** Birthdays within a collection year (1 April to 31 March), as the SDQ and care leaver rules ask of them. */
final class Birthdays {
  private Birthdays() {}

  /** Whether the child born on {@code dob} has the birthday of {@code age} within the year (29 February birthdays on 28 February). */
  static boolean fallsInYear(LocalDate dob, int age, CollectionYear year) {
    if (dob.getYear() > year.endYear()) {
      return false; // born after the year: no birthday in it (and no overflow for a far-future date)
    }
    LocalDate birthday = dob.plusYears(age);
    return !birthday.isBefore(year.ssda903Start()) && !birthday.isAfter(year.ssda903End());
  }
}
