package io.github.cscreturns.core;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Where a record came from: the file, the line (and column) of its row or element, and for XML the
 * element path. Records carry it as auxiliary data, excluded from equality, so that findings can
 * point at the source.
 */
@Value.Immutable
public interface SourceLocation {
  /**
   * A builder of a {@code SourceLocation}, every item unset.
   *
   * @return the builder
   */
  static ImmutableSourceLocation.Builder builder() {
    return ImmutableSourceLocation.builder();
  }

  /**
   * A location in a file at a line.
   *
   * @param file the file
   * @param line the line (1-based)
   * @return a location in a file at a line
   */
  static SourceLocation of(String file, int line) {
    return builder().file(file).line(line).build();
  }

  /**
   * The file name (not the full path, which can carry personal data).
   *
   * @return the file name (not the full path, which can carry personal data)
   */
  Optional<String> file();

  /**
   * The 1-based line of the row or element start.
   *
   * @return the 1-based line of the row or element start
   */
  OptionalInt line();

  /**
   * The 1-based column, where known.
   *
   * @return the 1-based column, where known
   */
  OptionalInt column();

  /**
   * For XML, the element path, such as "/EXPSSDA903/CHILD[3]/EPISODE[2]".
   *
   * @return for XML, the element path, such as "/EXPSSDA903/CHILD[3]/EPISODE[2]"
   */
  Optional<String> elementPath();

  /**
   * The 0-based position of the record within its table as read: for CSV input its data row in the
   * table's file, for XML input its position among the elements of that table in the file.
   *
   * @return the 0-based position of the record within its table as read
   */
  OptionalInt recordIndex();

  /**
   * "episodes.csv:12", "return.xml:40:7" or the element path, for messages.
   *
   * @return "episodes.csv:12", "return.xml:40:7" or the element path, for messages
   */
  default String describe() {
    StringBuilder sb = new StringBuilder(file().orElse("<input>"));
    line().ifPresent(l -> sb.append(':').append(l));
    column().ifPresent(c -> sb.append(':').append(c));
    elementPath().ifPresent(p -> sb.append(" (").append(p).append(')'));
    return sb.toString();
  }
}
