package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.CareLeaverCheckpoint;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.HealthOutcomes;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The date of birth the rules of tables OC2 and OC3 read: the DOB written on the record's own row
 * (the CSV tables repeat it) where it is a date, otherwise the child's DOB in the header. In the
 * DfE's XML return OC2 and OC3 items sit in the child's HEADER, whose DOB is the only one; a blank
 * or unreadable DOB on a CSV row does not make the child's age unknown.
 */
final class RowDateOfBirth {
  private RowDateOfBirth() {}

  static Optional<LocalDate> of(HealthOutcomes record, Child child) {
    return of(record.dob(), child);
  }

  static Optional<LocalDate> of(CareLeaverCheckpoint record, Child child) {
    return of(record.dob(), child);
  }

  /**
   * The DOB written on the OC2 record's own CSV row: its own where it differs from the Header's, the
   * Header's where the row repeats it; empty where the row left it blank or wrote one that is not a
   * date. An XML record has no DOB of its own and takes the Header's.
   */
  static Optional<LocalDate> asWrittenOnRow(HealthOutcomes record, Child child) {
    if (record.unparsed("DOB").isPresent() || record.asWritten("DOB").filter(String::isBlank).isPresent()) {
      return Optional.empty();
    }
    return of(record.dob(), child);
  }

  private static Optional<LocalDate> of(Optional<LocalDate> own, Child child) {
    return own.isPresent() ? own : child.dob();
  }

  /** Whether a child born on {@code dob} is younger than {@code years} on the date (29 February birthdays fall on 28 February). */
  static boolean isUnder(LocalDate dob, int years, LocalDate date) {
    return Birthdays.birthday(dob, years).isAfter(date);
  }
}
