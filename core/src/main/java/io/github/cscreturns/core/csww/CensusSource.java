package io.github.cscreturns.core.csww;

import io.github.cscreturns.codesets.csww.SourceLevel;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who sent the return (schema element {@code Header/Source}): the local authority and its software.
 *
 * @since 2021-22
 */
@Value.Immutable
public interface CensusSource {
  /**
   * SourceLevel: "L", a local authority.
   *
   * @return sourceLevel
   */
  Optional<SourceLevel> sourceLevel();

  /**
   * LEA: the three-digit local authority number, as written.
   *
   * @return LEA
   */
  Optional<String> lea();

  /**
   * SoftwareCode: the software that produced the file.
   *
   * @return softwareCode
   */
  Optional<String> softwareCode();

  /**
   * DateTime: when the file was produced, as written (an XML dateTime, with or without a time zone;
   * kept as text so that it is written back unchanged).
   *
   * @return dateTime
   */
  Optional<String> dateTime();

  /**
   * Element name → the text that did not parse into its type.
   *
   * @return element name → the text that did not parse into its type
   */
  Map<String, String> unparsed();

  /**
   * A builder of the census source.
   *
   * @return a builder of the census source
   */
  static ImmutableCensusSource.Builder builder() {
    return ImmutableCensusSource.builder();
  }
}
