package io.github.cscreturns.codesets;

import java.time.LocalDate;
import java.time.Month;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A collection year of the children's social care returns, ordered from oldest to newest.
 *
 * <p>{@code Y2014_15} is written "2014-15" by the DfE. For the SSDA903 and CIN returns it runs from
 * 1 April 2014 to 31 March 2015; the children's social work workforce census of that year is taken
 * as at 30 September 2015 (the census's "2014-15" is the year ending on that date).
 *
 * @since 2013-14
 */
public enum CollectionYear {
  /** 2013-14: the year 1 April 2013 to 31 March 2014. */
  Y2013_14(2013),
  /** 2014-15: the year 1 April 2014 to 31 March 2015. */
  Y2014_15(2014),
  /** 2015-16: the year 1 April 2015 to 31 March 2016. */
  Y2015_16(2015),
  /** 2016-17: the year 1 April 2016 to 31 March 2017. */
  Y2016_17(2016),
  /** 2017-18: the year 1 April 2017 to 31 March 2018. */
  Y2017_18(2017),
  /** 2018-19: the year 1 April 2018 to 31 March 2019. */
  Y2018_19(2018),
  /** 2019-20: the year 1 April 2019 to 31 March 2020. */
  Y2019_20(2019),
  /** 2020-21: the year 1 April 2020 to 31 March 2021. */
  Y2020_21(2020),
  /** 2021-22: the year 1 April 2021 to 31 March 2022. */
  Y2021_22(2021),
  /** 2022-23: the year 1 April 2022 to 31 March 2023. */
  Y2022_23(2022),
  /** 2023-24: the year 1 April 2023 to 31 March 2024. */
  Y2023_24(2023),
  /** 2024-25: the year 1 April 2024 to 31 March 2025. */
  Y2024_25(2024),
  /** 2025-26: the year 1 April 2025 to 31 March 2026. */
  Y2025_26(2025),
  /** 2026-27: the year 1 April 2026 to 31 March 2027. */
  Y2026_27(2026);

  private static final Pattern FORM = Pattern.compile("\\s*(\\d{4})\\s*[-/]\\s*(\\d{2}|\\d{4})\\s*");
  private static final CollectionYear[] VALUES = values();

  private final int startYear;
  private final String label;

  CollectionYear(int startYear) {
    this.startYear = startYear;
    this.label = startYear + "-" + String.format("%02d", (startYear + 1) % 100);
  }

  /**
   * Parses "2014-15", "2014/15" or "2014-2015".
   *
   * @param text the text as written
   * @return the year the text names
   * @throws IllegalArgumentException naming the accepted forms and years when the text is not one
   */
  public static CollectionYear parse(String text) {
    return tryParse(text)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Not a collection year: '"
                        + text
                        + "'. Expected a year such as 2014-15 or 2014/15, from "
                        + first().label()
                        + " to "
                        + last().label()
                        + "."));
  }

  /**
   * Parses like {@link #parse(String)}, giving nothing where the text is not a known year.
   *
   * @param text the text as written
   * @return the year, or nothing where the text names no known year
   */
  public static Optional<CollectionYear> tryParse(String text) {
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    int start = Integer.parseInt(m.group(1));
    String end = m.group(2);
    int endYear = end.length() == 2 ? (start / 100) * 100 + Integer.parseInt(end) : Integer.parseInt(end);
    if (end.length() == 2 && endYear <= start) {
      endYear += 100;
    }
    if (endYear != start + 1) {
      return Optional.empty();
    }
    return ofStartYear(start);
  }

  /**
   * The collection year that starts in the given calendar year (2014 gives 2014-15).
   *
   * @param startYear the start year
   * @return the collection year that starts in the given calendar year (2014 gives 2014-15)
   */
  public static Optional<CollectionYear> ofStartYear(int startYear) {
    int index = startYear - VALUES[0].startYear;
    return index >= 0 && index < VALUES.length ? Optional.of(VALUES[index]) : Optional.empty();
  }

  /**
   * The SSDA903 collection year whose 1 April – 31 March span contains the date.
   *
   * @param date the date
   * @return the SSDA903 collection year whose 1 April – 31 March span contains the date
   */
  public static Optional<CollectionYear> ssda903YearContaining(LocalDate date) {
    int start = date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1;
    return ofStartYear(start);
  }

  /**
   * The oldest year the SDK models.
   *
   * @return the oldest year the SDK models
   */
  public static CollectionYear first() {
    return VALUES[0];
  }

  /**
   * The newest year the SDK models.
   *
   * @return the newest year the SDK models
   */
  public static CollectionYear last() {
    return VALUES[VALUES.length - 1];
  }

  /**
   * Every year, oldest first, as the DfE writes them ("2013-14, 2014-15, …").
   *
   * @return every year, oldest first, as the DfE writes them ("2013-14, 2014-15, …")
   */
  public static String acceptedLabels() {
    return Arrays.stream(VALUES).map(CollectionYear::label).collect(Collectors.joining(", "));
  }

  /**
   * The DfE's way of writing the year: "2014-15".
   *
   * @return the DfE's way of writing the year
   */
  public String label() {
    return label;
  }

  /**
   * The calendar year in which the collection year starts (2014 for 2014-15).
   *
   * @return the calendar year in which the collection year starts (2014 for 2014-15)
   */
  public int startYear() {
    return startYear;
  }

  /**
   * The calendar year in which the collection year ends (2015 for 2014-15).
   *
   * @return the calendar year in which the collection year ends (2015 for 2014-15)
   */
  public int endYear() {
    return startYear + 1;
  }

  /**
   * First day of the SSDA903 and CIN year: 1 April of the start year.
   *
   * @return first day of the SSDA903 and CIN year
   */
  public LocalDate ssda903Start() {
    return LocalDate.of(startYear, Month.APRIL, 1);
  }

  /**
   * Last day of the SSDA903 and CIN year: 31 March of the end year (the "31 March" of the return).
   *
   * @return last day of the SSDA903 and CIN year
   */
  public LocalDate ssda903End() {
    return LocalDate.of(startYear + 1, Month.MARCH, 31);
  }

  /**
   * Whether the date lies within the SSDA903 year, both ends included.
   *
   * @param date the date
   * @return whether the date lies within the SSDA903 year, both ends included
   */
  public boolean ssda903Contains(LocalDate date) {
    return !date.isBefore(ssda903Start()) && !date.isAfter(ssda903End());
  }

  /**
   * The workforce census reference date: 30 September of the end year.
   *
   * @return the workforce census reference date
   */
  public LocalDate workforceReferenceDate() {
    return LocalDate.of(startYear + 1, Month.SEPTEMBER, 30);
  }

  /**
   * The year before this one, if modelled.
   *
   * @return the year before this one, if modelled
   */
  public Optional<CollectionYear> previous() {
    return ordinal() == 0 ? Optional.empty() : Optional.of(VALUES[ordinal() - 1]);
  }

  /**
   * The year after this one, if modelled.
   *
   * @return the year after this one, if modelled
   */
  public Optional<CollectionYear> next() {
    return ordinal() == VALUES.length - 1 ? Optional.empty() : Optional.of(VALUES[ordinal() + 1]);
  }

  /**
   * Whether this year is the given one or a later one.
   *
   * @param other the other
   * @return whether this year is the given one or a later one
   */
  public boolean isEqualOrNewerThan(CollectionYear other) {
    return compareTo(other) >= 0;
  }

  /**
   * Whether this year is before the given one.
   *
   * @param other the other
   * @return whether this year is before the given one
   */
  public boolean isOlderThan(CollectionYear other) {
    return compareTo(other) < 0;
  }

  @Override
  public String toString() {
    return label;
  }
}
