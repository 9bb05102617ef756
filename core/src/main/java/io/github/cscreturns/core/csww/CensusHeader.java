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
  /** CollectionDetails/Collection: "CSWW". */
  Optional<CollectionName> collection();

  /** CollectionDetails/Year: the calendar year of the reference date (2022 for the 2022 census). */
  Optional<Year> year();

  /** CollectionDetails/ReferenceDate: the census date, 30 September. */
  Optional<LocalDate> referenceDate();

  /** Source, in file order. */
  List<CensusSource> sources();

  /** Element name → the text that did not parse into its type. */
  Map<String, String> unparsed();

  /** A builder of the census header. */
  static ImmutableCensusHeader.Builder builder() {
    return ImmutableCensusHeader.builder();
  }
}
