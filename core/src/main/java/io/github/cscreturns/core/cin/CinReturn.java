package io.github.cscreturns.core.cin;

import io.github.cscreturns.codesets.CollectionYear;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A whole CIN census return held in memory: the header and every child. For large returns, read one
 * child at a time instead (the serialization module's CIN reader streams).
 *
 * @since 2022-23
 */
@Value.Immutable
public interface CinReturn {
  /**
   * A builder of a {@code CinReturn}, every item unset.
   *
   * @return the builder
   */
  static ImmutableCinReturn.Builder builder() {
    return ImmutableCinReturn.builder();
  }

  /**
   * The header; empty when the file has none.
   *
   * @return the header
   */
  Optional<CinHeader> header();

  /**
   * The children, in file order.
   *
   * @return the children, in file order
   */
  List<CinChild> children();

  /**
   * The header's reference date, where it has one that parsed.
   *
   * @return the header's reference date, where it has one that parsed
   */
  default Optional<LocalDate> referenceDate() {
    return header().flatMap(CinHeader::referenceDate);
  }

  /**
   * The children with a CIN episode open on the date.
   *
   * @param date the date
   * @return the children with a CIN episode open on the date
   */
  default List<CinChild> childrenOpenOn(LocalDate date) {
    return children().stream().filter(c -> c.isOpenOn(date)).toList();
  }

  /**
   * The children in need at the reference date (none when the header has no reference date).
   *
   * @return the children in need at the reference date (none when the header has no reference date)
   */
  default List<CinChild> childrenOpenAtReferenceDate() {
    return referenceDate().map(this::childrenOpenOn).orElse(List.of());
  }

  /**
   * The reference date of the collection year's CIN census: 31 March of the year it ends.
   *
   * @param year the collection year
   * @return the reference date of the collection year's CIN census
   */
  static LocalDate referenceDateOf(CollectionYear year) {
    return LocalDate.of(year.endYear(), 3, 31);
  }

  /**
   * The collection year named by the reference date (31 March of the year's end), where it is one.
   *
   * @return the collection year named by the reference date (31 March of the year's end), where it
   *     is one
   */
  default Optional<CollectionYear> collectionYear() {
    return header().flatMap(CinHeader::referenceDate).flatMap(CinReturn::yearEndingOn);
  }

  /**
   * The collection year whose CIN census has the given reference date (31 March of its end year).
   *
   * @param referenceDate the reference date
   * @return the collection year whose CIN census has the given reference date (31 March of its end
   *     year)
   */
  static Optional<CollectionYear> yearEndingOn(LocalDate referenceDate) {
    return CollectionYear.ofStartYear(referenceDate.getYear() - 1);
  }
}
