package io.github.cscreturns.codesets;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The collection years, first to last inclusive, in which something (a code, a field, a rule) is in force.
 *
 * <p>A range always has both ends: "still valid" is written as ending in {@link CollectionYear#last()}.
 */
public final class YearRange {
  private static final YearRange ALL = new YearRange(CollectionYear.first(), CollectionYear.last());

  private final CollectionYear first;
  private final CollectionYear last;

  private YearRange(CollectionYear first, CollectionYear last) {
    if (first.compareTo(last) > 0) {
      throw new IllegalArgumentException("Year range ends (" + last + ") before it starts (" + first + ")");
    }
    this.first = first;
    this.last = last;
  }

  /**
   * The years from {@code first} to {@code last}, both included.
   *
   * @param first the first
   * @param last the last
   * @return the years from {@code first} to {@code last}, both included
   */
  public static YearRange of(CollectionYear first, CollectionYear last) {
    return new YearRange(first, last);
  }

  /**
   * Every modelled year.
   *
   * @return every modelled year
   */
  public static YearRange all() {
    return ALL;
  }

  /**
   * From {@code first} to the newest modelled year.
   *
   * @param first the first
   * @return from {@code first} to the newest modelled year
   */
  public static YearRange from(CollectionYear first) {
    return new YearRange(first, CollectionYear.last());
  }

  /**
   * From the oldest modelled year to {@code last}.
   *
   * @param last the last
   * @return from the oldest modelled year to {@code last}
   */
  public static YearRange until(CollectionYear last) {
    return new YearRange(CollectionYear.first(), last);
  }

  /**
   * Just the one year.
   *
   * @param year the collection year
   * @return just the one year
   */
  public static YearRange only(CollectionYear year) {
    return new YearRange(year, year);
  }

  /**
   * The first year of the range.
   *
   * @return the first year
   */
  public CollectionYear first() {
    return first;
  }

  /**
   * The last year of the range.
   *
   * @return the last year
   */
  public CollectionYear last() {
    return last;
  }

  /**
   * Whether the year is in the range.
   *
   * @param year the collection year
   * @return whether the year is from {@link #first()} to {@link #last()}, both included
   */
  public boolean contains(CollectionYear year) {
    return year.compareTo(first) >= 0 && year.compareTo(last) <= 0;
  }

  /**
   * Whether the range stops before the newest modelled year (the thing was withdrawn).
   *
   * @return whether the range stops before the newest modelled year (the thing was withdrawn)
   */
  public boolean hasEnded() {
    return last != CollectionYear.last();
  }

  /**
   * The years as a set, oldest first when iterated.
   *
   * @return the years as a set, oldest first when iterated
   */
  public Set<CollectionYear> years() {
    return EnumSet.range(first, last);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof YearRange other && first == other.first && last == other.last;
  }

  @Override
  public int hashCode() {
    return Objects.hash(first, last);
  }

  /** "2014-15..2026-27", or a single label for a one-year range. */
  @Override
  public String toString() {
    return first == last ? first.label() : first.label() + ".." + last.label();
  }
}
