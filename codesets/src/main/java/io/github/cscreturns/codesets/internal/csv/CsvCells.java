package io.github.cscreturns.codesets.internal.csv;

import java.io.IOException;
import java.io.Writer;

/**
 * The project's one CSV quoter (RFC 4180): a cell that holds a comma, a double quote or a line break
 * is written in double quotes with its quotes doubled; any other cell is written as it is. What
 * {@link CsvRows} reads back is the cell written.
 */
public final class CsvCells {
  private CsvCells() {}

  /**
   * Whether the cell must be quoted: it holds a comma, a double quote, a carriage return or a line feed.
   *
   * @param cell the cell's text
   * @return whether the cell must be quoted
   */
  public static boolean needsQuotes(CharSequence cell) {
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }

  /**
   * The cell as CSV text: quoted where it must be, otherwise itself.
   *
   * @param cell the cell's text
   * @return the cell as CSV text
   */
  public static String cell(String cell) {
    return needsQuotes(cell) ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
  }

  /**
   * Writes the cell as CSV text: quoted where it must be, otherwise as it is.
   *
   * @param out where to write
   * @param cell the cell's text
   * @throws IOException if the writer fails
   */
  public static void write(Writer out, String cell) throws IOException {
    if (!needsQuotes(cell)) {
      out.write(cell);
      return;
    }
    out.write('"');
    out.write(cell.replace("\"", "\"\""));
    out.write('"');
  }
}
