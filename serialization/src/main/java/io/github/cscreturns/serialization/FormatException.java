package io.github.cscreturns.serialization;

import io.github.cscreturns.core.SourceLocation;

/**
 * An input file that cannot be read as the format it claims to be: malformed, truncated, hostile
 * (a DTD, an external entity), mis-encoded, over a {@link ReadLimits limit}, or laid out other than
 * the format allows (an unknown element, a missing column). Readers throw it once, at the first such
 * problem, and never another exception type for a problem with the input.
 *
 * <p>The message names the location (file, line, column) and what was expected. It never quotes the
 * content of a field, which may be personal data: only element and column names, codes of the
 * format itself, and counts.
 *
 * <p>Bad <em>values</em> (an unknown code, an impossible date) are not format errors: readers keep
 * their text on the record for validation to report.
 */
public final class FormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient SourceLocation location;
  /** What was wrong, in words; never the input's text. */
  private final String problem;

  /**
   * The input cannot be read at the location: the problem says what was wrong, never the text.
   *
   * @param location where the record came from
   * @param problem the problem
   */
  public FormatException(SourceLocation location, String problem) {
    this(location, problem, null);
  }

  /**
   * As {@link #FormatException(SourceLocation, String)}, with the underlying cause.
   *
   * @param location where the record came from
   * @param problem the problem
   * @param cause the underlying failure
   */
  public FormatException(SourceLocation location, String problem, @org.jspecify.annotations.Nullable Throwable cause) {
    super(location.describe() + ": " + problem, cause);
    this.location = location;
    this.problem = problem;
  }

  /**
   * Where the problem was found: file, and line and column where known.
   *
   * @return where the problem was found
   */
  public SourceLocation location() {
    return location;
  }

  /**
   * What is wrong and what was expected, without the location.
   *
   * @return what is wrong and what was expected, without the location
   */
  public String problem() {
    return problem;
  }
}
