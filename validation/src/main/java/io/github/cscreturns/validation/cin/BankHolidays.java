package io.github.cscreturns.validation.cin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * The bank holidays of England and Wales, which the DfE's working-day rules (8569Q, 8670Q, 8675Q)
 * leave out of their counts, and the working-day arithmetic over them. The bundled list covers 2015
 * to 2027 ({@code bank-holidays-england.txt}, from gov.uk/bank-holidays); a user adds later years with
 * {@link #withAdditional}, without waiting for a release. Immutable.
 *
 * <pre>{@code
 * BankHolidays days = BankHolidays.england().withAdditional(List.of(LocalDate.of(2028, 1, 3)));
 * LocalDate due = days.minusWorkingDays(LocalDate.of(2025, 3, 31), 15);
 * }</pre>
 *
 * @since 2022-23
 */
public final class BankHolidays {
  private static final BankHolidays ENGLAND = new BankHolidays(load());

  private final TreeSet<LocalDate> days;

  private BankHolidays(TreeSet<LocalDate> days) {
    this.days = days;
  }

  /**
   * The bundled bank holidays of England and Wales, 2015 to 2027.
   *
   * @return the bundled bank holidays of England and Wales
   */
  public static BankHolidays england() {
    return ENGLAND;
  }

  /**
   * These bank holidays and the given ones (a later year's, or a one-off holiday).
   *
   * @param more the dates to add
   * @return these bank holidays and the given ones
   */
  public BankHolidays withAdditional(Collection<LocalDate> more) {
    TreeSet<LocalDate> all = new TreeSet<>(days);
    all.addAll(more);
    return new BankHolidays(all);
  }

  /**
   * Every bank holiday known, in date order.
   *
   * @return every bank holiday known, in date order
   */
  public Set<LocalDate> dates() {
    return java.util.Collections.unmodifiableSortedSet(days);
  }

  /**
   * The last year any listed holiday falls in: working-day counts past its end cannot know that
   * year's holidays.
   *
   * @return the last year with a listed bank holiday
   */
  public int lastYear() {
    return days.isEmpty() ? Integer.MIN_VALUE : days.last().getYear();
  }

  /**
   * Whether the date is a bank holiday.
   *
   * @param date the date
   * @return whether the date is a bank holiday
   */
  public boolean isBankHoliday(LocalDate date) {
    return days.contains(date);
  }

  /**
   * Whether the date is a working day: Monday to Friday and not a bank holiday.
   *
   * @param date the date
   * @return whether the date is a working day
   */
  public boolean isWorkingDay(LocalDate date) {
    DayOfWeek d = date.getDayOfWeek();
    return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !days.contains(date);
  }

  /**
   * The date {@code n} working days before the given one: stepping back a day at a time and counting
   * only working days (the given date itself is not counted). {@code n} of 0 gives the date itself.
   *
   * @param date the date counted from
   * @param n how many working days back, at least 0
   * @return the date {@code n} working days before
   */
  public LocalDate minusWorkingDays(LocalDate date, int n) {
    return step(date, n, -1);
  }

  /**
   * The date {@code n} working days after the given one, counted as {@link #minusWorkingDays} counts.
   *
   * @param date the date counted from
   * @param n how many working days on, at least 0
   * @return the date {@code n} working days after
   */
  public LocalDate plusWorkingDays(LocalDate date, int n) {
    return step(date, n, 1);
  }

  /**
   * The working days after {@code from} up to and including {@code to} (0 when {@code to} is not
   * after {@code from}).
   *
   * @param from the first date, not counted
   * @param to the last date, counted if a working day
   * @return the working days after {@code from} up to and including {@code to}
   */
  public long workingDaysBetween(LocalDate from, LocalDate to) {
    long n = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        n++;
      }
    }
    return n;
  }

  private LocalDate step(LocalDate date, int n, int direction) {
    if (n < 0) {
      throw new IllegalArgumentException("A count of working days cannot be negative: " + n);
    }
    LocalDate d = date;
    for (int left = n; left > 0; ) {
      d = d.plusDays(direction);
      if (isWorkingDay(d)) {
        left--;
      }
    }
    return d;
  }

  private static TreeSet<LocalDate> load() {
    TreeSet<LocalDate> days = new TreeSet<>();
    InputStream in = BankHolidays.class.getResourceAsStream("bank-holidays-england.txt");
    if (in == null) {
      throw new IllegalStateException("The bank holiday list is missing from the library");
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          days.add(LocalDate.parse(line.strip()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return days;
  }
}
