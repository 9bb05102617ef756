package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.CareLeaverCheckpoint;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.HealthOutcomes;
import io.github.cscreturns.core.ssda903.Ssda903Record;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The date of birth written on a record's own row (the CSV tables OC2 and OC3 repeat DOB), which
 * the rules of those tables read: the row's own DOB where it differs from the header's, the
 * header's where the row agrees with it, and none where the row's DOB did not parse.
 */
final class RowDateOfBirth {
  private RowDateOfBirth() {}

  static Optional<LocalDate> of(HealthOutcomes record, Child child) {
    return of(record.dob(), record, child);
  }

  static Optional<LocalDate> of(CareLeaverCheckpoint record, Child child) {
    return of(record.dob(), record, child);
  }

  private static Optional<LocalDate> of(Optional<LocalDate> own, Ssda903Record record, Child child) {
    if (own.isPresent()) {
      return own;
    }
    return record.unparsed("DOB").isPresent() ? Optional.empty() : child.dob();
  }

  /** Whether a child born on {@code dob} is younger than {@code years} on the date (29 February birthdays fall on 28 February). */
  static boolean isUnder(LocalDate dob, int years, LocalDate date) {
    return dob.plusYears(years).isAfter(date);
  }
}
