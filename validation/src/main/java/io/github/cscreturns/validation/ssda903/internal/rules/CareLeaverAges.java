package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.CollectionYear;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A care leaver's birthday in the year, as the OC3 rules on 17- and 18-year-olds read it: for a young
 * person aged 17 or 18 on 31 March, the 17th or 18th birthday, the last birthday on or before that day
 * (29 February birthdays on 28 February).
 */
final class CareLeaverAges {
  private CareLeaverAges() {}

  /** The 17th or 18th birthday in the year of a young person aged 17 or 18 on 31 March; empty for other ages. */
  static Optional<LocalDate> seventeenthOrEighteenthBirthdayInYear(LocalDate dob, CollectionYear year) {
    LocalDate yearEnd = year.ssda903End();
    if (RowDateOfBirth.isUnder(dob, 17, yearEnd) || !RowDateOfBirth.isUnder(dob, 19, yearEnd)) {
      return Optional.empty();
    }
    LocalDate eighteenth = dob.plusYears(18);
    return Optional.of(eighteenth.isAfter(yearEnd) ? dob.plusYears(17) : eighteenth);
  }
}
