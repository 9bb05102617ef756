package io.github.cscreturns.reference.internal;

import io.github.cscreturns.codesets.internal.csv.CsvRows;
import io.github.cscreturns.codesets.internal.csv.MalformedCsvException;
import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Optional;

/**
 * Reads CSV records one at a time through the project's one CSV parser ({@link CsvRows}), within
 * bounds, so that a hostile or mistaken file fails with a clear message rather than exhausting memory.
 * Errors name the file, line and column and never quote a field's value.
 */
public final class CsvRecords {
  /** A field longer than this is refused. */
  public static final int MAX_FIELD_CHARS = 4096;
  /** A record with more fields than this is refused. */
  public static final int MAX_FIELDS = 1024;
  /** A record longer than this (in characters) is refused. */
  public static final int MAX_RECORD_CHARS = 1 << 20;

  private final CsvRows rows;
  private final String source;
  private int recordLine;

  public CsvRecords(Reader reader, String source) {
    this.rows = CsvRows.of(reader, new CsvRows.Limits(MAX_FIELD_CHARS, MAX_RECORD_CHARS, MAX_FIELDS));
    this.source = source;
  }

  /** The file's name as given, for messages. */
  public String source() {
    return source;
  }

  /** The line on which the record last returned starts (1-based). */
  public int recordLine() {
    return recordLine;
  }

  /** The next record's fields, or nothing at the end of the file. A leading byte order mark is dropped. */
  public Optional<List<String>> next() throws IOException {
    try {
      CsvRows.Row row = rows.next();
      if (row == null) {
        return Optional.empty();
      }
      recordLine = row.line();
      return Optional.of(row.cells());
    } catch (MalformedCsvException e) {
      throw switch (e.problem()) {
        case UNCLOSED_QUOTE -> error(e.line(), e.column(), "a quoted field is not closed before the end of the file");
        case TEXT_AFTER_CLOSING_QUOTE -> error(e.line(), e.column(), "text after the closing quote of a field");
        case CELL_TOO_LONG -> error(e.rowLine(), e.column(), "a field longer than " + MAX_FIELD_CHARS + " characters");
        case ROW_TOO_LONG -> error(e.rowLine(), e.column(), "a record longer than " + MAX_RECORD_CHARS + " characters");
        case TOO_MANY_CELLS -> error(e.rowLine(), e.column(), "more than " + MAX_FIELDS + " fields in a record");
      };
    }
  }

  /** An error at a place in this file. */
  public IllegalArgumentException error(int atLine, int atColumn, String what) {
    return new IllegalArgumentException(source + ", line " + atLine + ", column " + atColumn + ": " + what);
  }
}
