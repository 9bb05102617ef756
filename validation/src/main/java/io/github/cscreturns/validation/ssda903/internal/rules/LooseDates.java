package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Ssda903Record;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date item read as a rule of the public Python validator reads it where it parses dates without a
 * format, day first (rule 383's DECOM): besides dd/mm/yyyy, text with spaces around it, the separators
 * "-", "." or a space, a two-digit year, and yyyy-mm-dd; a "day" over 12 with a month of at most 12 is
 * read month first ("03/31/2022" is 31 March 2022). Other text is not a date.
 */
final class LooseDates {
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[/\\-. ](\\d{1,2})[/\\-. ](\\d{4}|\\d{2})");
  private static final Pattern YEAR_MONTH_DAY = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

  private LooseDates() {}

  /**
   * The item's date: the one read, or else its text read loosely.
   *
   * @param record the record
   * @param item the item's DfE name
   * @param typed the date the reader read, if any
   * @param centuryOf the year a two-digit year is taken to be nearest
   * @return the date, if the item is one read loosely
   */
  static Optional<LocalDate> of(Ssda903Record record, String item, Optional<LocalDate> typed, int centuryOf) {
    if (typed.isPresent()) {
      return typed;
    }
    return record.unparsed(item).flatMap(text -> parse(text, centuryOf));
  }

  static Optional<LocalDate> parse(String text, int centuryOf) {
    String t = text.strip();
    Matcher ymd = YEAR_MONTH_DAY.matcher(t);
    if (ymd.matches()) {
      return date(Integer.parseInt(ymd.group(1)), Integer.parseInt(ymd.group(2)), Integer.parseInt(ymd.group(3)));
    }
    Matcher dmy = DAY_MONTH_YEAR.matcher(t);
    if (!dmy.matches()) {
      return Optional.empty();
    }
    int day = Integer.parseInt(dmy.group(1));
    int month = Integer.parseInt(dmy.group(2));
    int year = Integer.parseInt(dmy.group(3));
    if (dmy.group(3).length() == 2) {
      year = nearest(year, centuryOf);
    }
    if (month > 12 && day <= 12) {
      int swap = day;
      day = month;
      month = swap;
    }
    return date(year, month, day);
  }

  /** The year ending in {@code twoDigits} within 50 years of {@code around}. */
  private static int nearest(int twoDigits, int around) {
    int year = around - Math.floorMod(around, 100) + twoDigits;
    if (year > around + 50) {
      year -= 100;
    } else if (year <= around - 50) {
      year += 100;
    }
    return year;
  }

  private static Optional<LocalDate> date(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
