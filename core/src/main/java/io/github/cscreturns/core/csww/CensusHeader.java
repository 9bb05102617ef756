package io.github.cscreturns.core.csww;

import io.github.cscreturns.codesets.csww.CollectionName;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The header of a census file (schema element {@code Header}): the collection details and the
 * sources.
 *
 * @since 2021-22
 */
@Value.Immutable
public interface CensusHeader {
  /**
   * CollectionDetails/Collection: "CSWW".
   *
   * @return collectionDetails/Collection
   */
  Optional<CollectionName> collection();

  /**
   * CollectionDetails/Year: the calendar year of the reference date (2022 for the 2022 census).
   *
   * @return collectionDetails/Year
   */
  Optional<Year> year();

  /**
   * CollectionDetails/ReferenceDate: the census date, 30 September.
   *
   * @return collectionDetails/ReferenceDate
   */
  Optional<LocalDate> referenceDate();

  /**
   * Source, in file order.
   *
   * @return source, in file order
   */
  List<CensusSource> sources();

  /**
   * Element name → the text that did not parse into its type.
   *
   * @return element name → the text that did not parse into its type
   */
  Map<String, String> unparsed();

  /**
   * A builder of the census header.
   *
   * @return a builder of the census header
   */
  static ImmutableCensusHeader.Builder builder() {
    return ImmutableCensusHeader.builder();
  }
}
