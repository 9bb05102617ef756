package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.CollectionYear;
import java.time.LocalDate;
import java.time.Year;

/** Birthdays within a collection year (1 April to 31 March), as the SDQ and care leaver rules ask of them. */
final class Birthdays {
  private Birthdays() {}

  /** Whether the child born on {@code dob} has the birthday of {@code age} within the year (29 February birthdays on 28 February). */
  static boolean fallsInYear(LocalDate dob, int age, CollectionYear year) {
    LocalDate birthday = birthday(dob, age);
    return !birthday.isBefore(year.ssda903Start()) && !birthday.isAfter(year.ssda903End());
  }

  /** The birthday of {@code age}; {@link LocalDate#MAX} for a DOB so far in the future that it has none. */
  static LocalDate birthday(LocalDate dob, int age) {
    return dob.getYear() > Year.MAX_VALUE - age ? LocalDate.MAX : dob.plusYears(age);
  }
}
