package io.github.cscreturns.codesets.internal.csv;

import io.github.cscreturns.codesets.internal.csv.MalformedCsvException.Problem;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The project's one CSV parser: RFC 4180 rows out of a text, one at a time. Cells are separated by
 * commas and may be in double quotes, inside which commas, doubled quotes and line breaks are text; a
 * quote inside an unquoted cell is text. Rows end CRLF, LF or CR; the last may have no line end. A
 * byte order mark at the start is dropped. Cell text is kept exactly (no trimming).
 *
 * <p>Hostile input is bounded: a cell, a row and a row's count of cells each have a limit, checked as
 * the text is read, so memory is the row being read plus a small buffer, never the file. Malformed
 * text and a limit passed are a {@link MalformedCsvException} at its line and column, which never
 * quotes a cell. Decoding is the caller's: pass a reader that decodes strictly where the input is
 * bytes from outside.
 *
 * <p>Hand-written rather than a library: docs/benchmarks.md compares it with FastCSV and
 * jackson-dataformat-csv on the same input and obligations.
 */
public final class CsvRows {
  /**
   * The bounds on one row.
   *
   * @param maxCellLength characters in one cell, at most
   * @param maxRowLength characters in one row (separators, quotes and line ends included), at most
   * @param maxCells cells in one row, at most
   */
  public record Limits(int maxCellLength, int maxRowLength, int maxCells) {
    /** Bounds for files from outside: 4,096 characters a cell, 65,536 a row, 256 cells. */
    public static final Limits DEFAULT = new Limits(4096, 65_536, 256);

    /** Bounds for the project's own files and the specification's: 1 MiB a cell, 4 MiB a row, 4,096 cells. */
    public static final Limits OWN_FILES = new Limits(1 << 20, 1 << 22, 4096);
  }

  /**
   * A row: its cells and the 1-based line it starts on.
   *
   * @param cells the cells, in order (a blank line is one empty cell)
   * @param line the line the row starts on
   */
  public record Row(List<String> cells, int line) {
    /**
     * Whether every cell is blank.
     *
     * @return whether every cell is blank
     */
    public boolean isBlank() {
      for (String c : cells) {
        if (!c.isBlank()) {
          return false;
        }
      }
      return true;
    }
  }

  private final Reader in;
  private final Limits limits;
  private final char[] buf = new char[16 * 1024];
  private int pos;
  private int end;
  private boolean eof;
  private boolean started;
  private int line = 1;
  /** Characters taken so far (a dropped byte order mark not counted). */
  private long taken;
  /** {@link #taken} when the current line began. */
  private long lineStart;
  private int rowLength;
  private final StringBuilder cell = new StringBuilder();

  private CsvRows(Reader in, Limits limits) {
    this.in = in;
    this.limits = limits;
  }

  /**
   * A parser of the reader's text. The caller closes the reader.
   *
   * @param in the text
   * @param limits the bounds on a row
   * @return the parser
   */
  public static CsvRows of(Reader in, Limits limits) {
    return new CsvRows(in, limits);
  }

  /**
   * Every row of a text.
   *
   * @param text the text
   * @param limits the bounds on a row
   * @return the rows, in order
   * @throws MalformedCsvException if the text is malformed or passes a bound
   */
  public static List<Row> parse(String text, Limits limits) {
    CsvRows rows = of(new StringReader(text), limits);
    List<Row> out = new ArrayList<>();
    try {
      for (Row r = rows.next(); r != null; r = rows.next()) {
        out.add(r);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
    return out;
  }

  /**
   * The 1-based line the parser has reached: after a row, the line the next row starts on.
   *
   * @return the line reached
   */
  public int line() {
    return line;
  }

  /**
   * The next row, or null at the end of the text.
   *
   * @return the next row, or null at the end
   * @throws MalformedCsvException if the row is malformed or passes a bound
   * @throws IOException if the reader fails (as a strict decoder does on bytes it cannot decode)
   */
  public @Nullable Row next() throws IOException {
    if (!started) {
      started = true;
      if (more() && buf[pos] == '\uFEFF') {
        pos++;
      }
    }
    if (!more()) {
      return null;
    }
    int rowLine = line;
    rowLength = 0;
    List<String> cells = new ArrayList<>();
    while (true) {
      cell.setLength(0);
      int number = cells.size() + 1;
      int cellLine = line;
      int cellColumn = column();
      if (number > limits.maxCells()) {
        throw new MalformedCsvException(Problem.TOO_MANY_CELLS, cellLine, cellColumn, number, rowLine, limits.maxCells());
      }
      boolean endOfRow;
      // A cell that lies whole in the buffer becomes a string straight from it, without the builder.
      String whole = null;
      if (more() && buf[pos] == '"') {
        take();
        while (true) {
          if (!more()) {
            throw new MalformedCsvException(Problem.UNCLOSED_QUOTE, cellLine, cellColumn, number, rowLine, 0);
          }
          int start = pos;
          while (pos < end && buf[pos] != '"' && buf[pos] != '\n') {
            pos++;
          }
          if (cell.length() == 0 && pos + 1 < end && buf[pos] == '"' && buf[pos + 1] != '"') {
            int n = pos - start;
            taken += n;
            rowLength += n;
            take();
            checkLengths(n, cellLine, cellColumn, number, rowLine);
            whole = n == 0 ? "" : new String(buf, start, n);
            break;
          }
          advance(start);
          if (pos < end) {
            char c = take();
            if (c == '\n') {
              cell.append('\n');
              newLine();
            } else if (more() && buf[pos] == '"') {
              cell.append('"');
              take();
            } else {
              check(cellLine, cellColumn, number, rowLine);
              break;
            }
          }
          check(cellLine, cellColumn, number, rowLine);
        }
        if (!more()) {
          endOfRow = true;
        } else if (buf[pos] == ',') {
          take();
          endOfRow = false;
        } else if (buf[pos] == '\n' || buf[pos] == '\r') {
          endOfRow = lineEnd();
        } else {
          throw new MalformedCsvException(Problem.TEXT_AFTER_CLOSING_QUOTE, line, column(), number, rowLine, 0);
        }
      } else {
        while (true) {
          if (!more()) {
            endOfRow = true;
            break;
          }
          int start = pos;
          while (pos < end && buf[pos] != ',' && buf[pos] != '\n' && buf[pos] != '\r') {
            pos++;
          }
          if (pos < end && cell.length() == 0) {
            int n = pos - start;
            taken += n;
            rowLength += n;
            checkLengths(n, cellLine, cellColumn, number, rowLine);
            whole = n == 0 ? "" : new String(buf, start, n);
          } else {
            advance(start);
            check(cellLine, cellColumn, number, rowLine);
          }
          if (pos < end) {
            if (buf[pos] == ',') {
              take();
              endOfRow = false;
            } else {
              endOfRow = lineEnd();
            }
            break;
          }
        }
      }
      cells.add(whole != null ? whole : cell.length() == 0 ? "" : cell.toString());
      if (endOfRow) {
        return new Row(cells, rowLine);
      }
    }
  }

  /** Whether a character is ready at {@code pos}, refilling the buffer from the reader if needed. */
  private boolean more() throws IOException {
    if (pos < end) {
      return true;
    }
    if (eof) {
      return false;
    }
    int n = in.read(buf, 0, buf.length);
    if (n <= 0) {
      eof = true;
      return false;
    }
    pos = 0;
    end = n;
    return true;
  }

  /** Appends the characters scanned since {@code start} to the cell. */
  private void advance(int start) {
    int n = pos - start;
    cell.append(buf, start, n);
    taken += n;
    rowLength += n;
  }

  private char take() {
    rowLength++;
    taken++;
    return buf[pos++];
  }

  private void newLine() {
    line++;
    lineStart = taken;
  }

  private boolean lineEnd() throws IOException {
    if (take() == '\r' && more() && buf[pos] == '\n') {
      take();
    }
    newLine();
    return true;
  }

  private int column() {
    return (int) (taken - lineStart) + 1;
  }

  private void check(int cellLine, int cellColumn, int number, int rowLine) {
    checkLengths(cell.length(), cellLine, cellColumn, number, rowLine);
  }

  private void checkLengths(int cellLength, int cellLine, int cellColumn, int number, int rowLine) {
    if (cellLength > limits.maxCellLength()) {
      throw new MalformedCsvException(Problem.CELL_TOO_LONG, cellLine, cellColumn, number, rowLine, limits.maxCellLength());
    }
    if (rowLength > limits.maxRowLength()) {
      throw new MalformedCsvException(Problem.ROW_TOO_LONG, cellLine, cellColumn, number, rowLine, limits.maxRowLength());
    }
  }
}
