package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.codesets.cin.YesNo;
import io.github.cscreturns.core.cin.Section47;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * How the section 47 rules read an enquiry's conference items: whether its initial child protection
 * conference (ICPC) is dated, and whether ICPCnotRequired is recorded as true or as false.
 */
final class Section47Enquiries {
  private Section47Enquiries() {}

  /** Whether the enquiry has a DateOfInitialCPC (a date, or text that is not one). */
  static boolean hasConferenceDate(Section47 enquiry) {
    return enquiry.hasContent("DateOfInitialCPC", enquiry.dateOfInitialCpc());
  }

  /** Whether ICPCnotRequired is recorded as true ({@code true}, {@code TRUE} or {@code 1}). */
  static boolean isConferenceNotRequired(Section47 enquiry) {
    return enquiry.icpcNotRequired().map(YesNo::isYes).orElse(false);
  }

  /** Whether ICPCnotRequired is recorded as false ({@code false}, {@code FALSE} or {@code 0}). */
  static boolean isConferenceRequired(Section47 enquiry) {
    return enquiry.icpcNotRequired().map(v -> !v.isYes()).orElse(false);
  }

  /**
   * Whether the enquiry is still going on: no DateOfInitialCPC, and ICPCnotRequired not true (the
   * enquiry has neither led to a conference nor been closed without one).
   */
  static boolean isOngoing(Section47 enquiry) {
    return !hasConferenceDate(enquiry) && !isConferenceNotRequired(enquiry);
  }

  /** Whether the date is a Saturday or a Sunday (the weekend rules do not test bank holidays). */
  static boolean isWeekend(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
