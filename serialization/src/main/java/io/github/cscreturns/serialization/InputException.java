package io.github.cscreturns.serialization;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Input that cannot be read as the format it claims to be: not well-formed, the wrong root element,
 * an element where none may be, a DTD, a value too long. It says where (source, line, column) and
 * what was expected.
 *
 * <p>Bad <em>values</em> never cause it: readers keep them as text for validation to report. Messages
 * never quote field values, which may be personal data.
 */
public class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;
  private final String problem;

  /**
   * @param source the file name or other description of the input
   * @param line the line, from 1, or a negative number when not known
   * @param column the column, from 1, or a negative number when not known
   * @param problem what is wrong and what was expected, in a sentence
   */
  public InputException(String source, int line, int column, String problem) {
    this(source, line, column, problem, null);
  }

  public InputException(String source, int line, int column, String problem, Throwable cause) {
    super(format(source, line, column, problem), cause);
    this.source = source;
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  /** The file name or other description of the input. */
  public String source() {
    return source;
  }

  public OptionalInt line() {
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }

  public OptionalInt column() {
    return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
  }

  /** What is wrong, without the location. */
  public String problem() {
    return problem;
  }

  /** The cause, if another exception lay beneath. */
  public Optional<Throwable> underlying() {
    return Optional.ofNullable(getCause());
  }

  private static String format(String source, int line, int column, String problem) {
    StringBuilder b = new StringBuilder(source);
    if (line > 0) {
      b.append(':').append(line);
      if (column > 0) {
        b.append(':').append(column);
      }
    }
    return b.append(": ").append(problem).toString();
  }
}
