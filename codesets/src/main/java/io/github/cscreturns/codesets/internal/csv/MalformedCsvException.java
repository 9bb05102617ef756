package io.github.cscreturns.codesets.internal.csv;

/**
 * CSV text that breaks RFC 4180 or one of the parser's bounds, at a place in the text. The message
 * names the place and the problem, never the text of a cell: a caller that has a file name or a
 * wording of its own builds its message from {@link #problem()}, {@link #line()}, {@link #column()},
 * {@link #cell()} and {@link #limit()}.
 */
public final class MalformedCsvException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What is wrong. */
  public enum Problem {
    /** A quoted cell runs to the end of the text: the place is its opening quote. */
    UNCLOSED_QUOTE,
    /** Text other than a comma or a line end follows a cell's closing quote: the place is that text. */
    TEXT_AFTER_CLOSING_QUOTE,
    /** A cell has more characters than the limit: the place is where the cell starts. */
    CELL_TOO_LONG,
    /** A row has more characters than the limit: the place is where the cell that passed it starts. */
    ROW_TOO_LONG,
    /** A row has more cells than the limit: the place is where the first cell past it starts. */
    TOO_MANY_CELLS;

    /**
     * The problem in words, with the limit where there is one.
     *
     * @param limit the limit passed, if the problem is a bound
     * @return the problem in words
     */
    public String describe(int limit) {
      return switch (this) {
        case UNCLOSED_QUOTE -> "a quoted field is not closed before the end of the file (unbalanced quote)";
        case TEXT_AFTER_CLOSING_QUOTE -> "unexpected text after the closing quote of a field (unbalanced quote)";
        case CELL_TOO_LONG -> "a field is longer than the limit of " + limit + " characters";
        case ROW_TOO_LONG -> "the row is longer than the limit of " + limit + " characters";
        case TOO_MANY_CELLS -> "the row has more than the limit of " + limit + " fields";
      };
    }
  }

  private final Problem problem;
  private final int line;
  private final int column;
  private final int cell;
  private final int rowLine;
  private final int limit;

  MalformedCsvException(Problem problem, int line, int column, int cell, int rowLine, int limit) {
    super("line " + line + ", column " + column + " (field " + cell + "): " + problem.describe(limit));
    this.problem = problem;
    this.line = line;
    this.column = column;
    this.cell = cell;
    this.rowLine = rowLine;
    this.limit = limit;
  }

  /**
   * What is wrong.
   *
   * @return what is wrong
   */
  public Problem problem() {
    return problem;
  }

  /**
   * The 1-based line of the place (see {@link Problem}).
   *
   * @return the line
   */
  public int line() {
    return line;
  }

  /**
   * The 1-based character column of the place on its line.
   *
   * @return the column
   */
  public int column() {
    return column;
  }

  /**
   * The 1-based number of the cell in its row.
   *
   * @return the cell's number in its row
   */
  public int cell() {
    return cell;
  }

  /**
   * The 1-based line the row starts on.
   *
   * @return the row's first line
   */
  public int rowLine() {
    return rowLine;
  }

  /**
   * The limit passed, for the bounds; 0 for the other problems.
   *
   * @return the limit
   */
  public int limit() {
    return limit;
  }
}
