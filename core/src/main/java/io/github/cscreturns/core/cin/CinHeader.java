package io.github.cscreturns.core.cin;

import io.github.cscreturns.codesets.cin.CollectionName;
import io.github.cscreturns.codesets.cin.SourceLevel;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The header of a CIN census return (element Header): collection details and the source.
 *
 * @since 2022-23
 */
@Value.Immutable
public interface CinHeader extends CinRecord {
  /**
   * A builder of a {@code CinHeader}, every item unset.
   *
   * @return the builder
   */
  static ImmutableCinHeader.Builder builder() {
    return ImmutableCinHeader.builder();
  }

  @Override
  default CinTable table() {
    return CinTable.HEADER;
  }

  /**
   * Collection (CIN).
   *
   * @return collection (CIN)
   */
  Optional<CollectionName> collection();

  /**
   * Year (an xs:gYear, the year the collection ends), as written.
   *
   * @return year (an xs:gYear, the year the collection ends), as written
   */
  Optional<String> year();

  /**
   * ReferenceDate (N00603): 31 March of the year the collection ends.
   *
   * @return referenceDate (N00603)
   */
  Optional<LocalDate> referenceDate();

  /**
   * SourceLevel (L).
   *
   * @return sourceLevel (L)
   */
  Optional<SourceLevel> sourceLevel();

  /**
   * LEA: the three-digit DfE code of the local authority.
   *
   * @return LEA
   */
  Optional<String> lea();

  /**
   * SoftwareCode: the case-management system that wrote the return.
   *
   * @return softwareCode
   */
  Optional<String> softwareCode();

  /**
   * Release of the software.
   *
   * @return release of the software
   */
  Optional<String> release();

  /**
   * SerialNo of the return.
   *
   * @return serialNo of the return
   */
  Optional<String> serialNo();

  /**
   * DateTime the return was written.
   *
   * @return dateTime the return was written
   */
  Optional<LocalDateTime> dateTime();

  /**
   * Whether a CollectionDetails element was written (possibly empty); by default, whether it has an item.
   *
   * @return whether a CollectionDetails element was written (possibly empty)
   */
  @Value.Default
  default boolean collectionDetailsWritten() {
    return collection().isPresent() || year().isPresent() || referenceDate().isPresent()
        || unparsed().containsKey("Collection") || unparsed().containsKey("ReferenceDate");
  }

  /**
   * Whether a Source element was written (possibly empty); by default, whether it has an item.
   *
   * @return whether a Source element was written (possibly empty)
   */
  @Value.Default
  default boolean sourceWritten() {
    return sourceLevel().isPresent() || lea().isPresent() || softwareCode().isPresent() || release().isPresent()
        || serialNo().isPresent() || dateTime().isPresent() || unparsed().containsKey("SourceLevel")
        || unparsed().containsKey("DateTime");
  }
}
