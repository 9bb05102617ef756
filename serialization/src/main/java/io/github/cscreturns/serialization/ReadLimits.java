package io.github.cscreturns.serialization;

import org.immutables.value.Value;

/**
 * Bounds that keep a reader's memory and time in proportion to legitimate input, whatever a file
 * holds. Exceeding one is a {@link FormatException} at the place it happened. The defaults are far
 * above any real return (a national SSDA903 XML is a few hundred MB).
 *
 * <p>XML nesting needs no limit of its own: readers accept only the elements of the format's layout
 * (four levels for SSDA903) and refuse any other element where it starts.
 *
 * <pre>{@code
 * ReadLimits limits = ReadLimits.builder().maxInputBytes(50_000_000).build();
 * }</pre>
 */
@Value.Immutable
public interface ReadLimits {
  /**
   * A builder starting from the default limits.
   *
   * @return a builder starting from the default limits
   */
  static ImmutableReadLimits.Builder builder() {
    return ImmutableReadLimits.builder();
  }

  /**
   * The default limits.
   *
   * @return the default limits
   */
  static ReadLimits defaults() {
    return builder().build();
  }

  /**
   * Bytes read from one file, at most (default 4 GiB).
   *
   * @return bytes read from one file, at most (default 4 GiB)
   */
  @Value.Default
  default long maxInputBytes() {
    return 4L * 1024 * 1024 * 1024;
  }

  /**
   * Characters of text in one XML element or one CSV field, at most (default 4096).
   *
   * @return characters of text in one XML element or one CSV field, at most (default 4096)
   */
  @Value.Default
  default int maxTextLength() {
    return 4096;
  }

  /**
   * Bytes in one piece of XML markup, at most: a comment, a CDATA section, a processing instruction,
   * or an element's tag with its attributes (default 1 MiB).
   *
   * @return bytes in one piece of XML markup, at most
   */
  @Value.Default
  default int maxMarkupBytes() {
    return 1024 * 1024;
  }

  /**
   * Characters in one CSV row, at most (default 65,536).
   *
   * @return characters in one CSV row, at most (default 65,536)
   */
  @Value.Default
  default int maxLineLength() {
    return 65_536;
  }

  /**
   * Fields in one CSV row, at most (default 256).
   *
   * @return fields in one CSV row, at most (default 256)
   */
  @Value.Default
  default int maxFields() {
    return 256;
  }
}
