package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.PreviousPermanence;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * DATE_PERM, the date of the previous permanence order: dd/mm/yyyy, where "one or more elements of
 * the date can be replaced by ZZ if part of the date element is not known" (ZZZZ for the year).
 */
final class PermanenceDate {
  /** Whether DATE_PERM is filled in and in the DfE's format; {@code latest} is the latest day it can mean, empty for an unknown year. */
  record Reading(boolean valid, Optional<LocalDate> latest) {}

  private static final Reading BLANK = new Reading(true, Optional.empty());
  private static final Reading INVALID = new Reading(false, Optional.empty());

  private PermanenceDate() {}

  static Reading of(PreviousPermanence p) {
    if (p.date().isPresent()) {
      return new Reading(true, p.date());
    }
    Optional<String> text = p.unparsed("DATE_PERM");
    if (text.isEmpty()) {
      return BLANK;
    }
    String[] parts = text.get().split("/", -1); // judged as written: " zz/05/2019" is no date
    if (parts.length != 3 || parts[0].length() != 2 || parts[1].length() != 2 || parts[2].length() != 4) {
      return INVALID;
    }
    boolean dayUnknown = isUnknown(parts[0]);
    boolean monthUnknown = isUnknown(parts[1]);
    boolean yearUnknown = parts[2].equalsIgnoreCase("ZZZZ");
    Integer day = dayUnknown ? null : digits(parts[0]);
    Integer month = monthUnknown ? null : digits(parts[1]);
    Integer year = yearUnknown ? null : digits(parts[2]);
    if ((!dayUnknown && day == null) || (!monthUnknown && month == null) || (!yearUnknown && year == null)) {
      return INVALID;
    }
    if ((month != null && (month < 1 || month > 12)) || (day != null && (day < 1 || day > 31))) {
      return INVALID;
    }
    if (year == null) {
      return new Reading(true, Optional.empty());
    }
    try {
      YearMonth ym = YearMonth.of(year, month == null ? 12 : month);
      if (day != null && day > ym.lengthOfMonth() && month != null) {
        return INVALID;
      }
      int d = day == null ? ym.lengthOfMonth() : Math.min(day, ym.lengthOfMonth());
      return new Reading(true, Optional.of(ym.atDay(d)));
    } catch (DateTimeException e) {
      return INVALID;
    }
  }

  private static boolean isUnknown(String part) {
    return part.equalsIgnoreCase("ZZ");
  }

  private static Integer digits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return null;
      }
    }
    return Integer.parseInt(s);
  }
}
