package io.github.cscreturns.reference.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads CSV records (RFC 4180: quoted fields may hold commas, doubled quotes and line breaks) one at a
 * time, within bounds, so that a hostile or mistaken file fails with a clear message rather than
 * exhausting memory. Errors name the file, line and column and never quote a field's value.
 */
public final class CsvRecords {
  /** A field longer than this is refused. */
  public static final int MAX_FIELD_CHARS = 4096;
  /** A record with more fields than this is refused. */
  public static final int MAX_FIELDS = 1024;

  private final Reader reader;
  private final String source;
  private final char[] buffer = new char[1 << 16];
  private int position;
  private int limit;
  private int line = 1;
  private int column = 1;
  private int recordLine;
  private final StringBuilder field = new StringBuilder();

  public CsvRecords(Reader reader, String source) {
    this.reader = reader;
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
    int c = read();
    if (c == -1) {
      return Optional.empty();
    }
    if (line == 1 && column == 2 && c == '\uFEFF') {
      column = 1;
      c = read();
      if (c == -1) {
        return Optional.empty();
      }
    }
    recordLine = line;
    List<String> fields = new ArrayList<>();
    field.setLength(0);
    boolean quoted = false;
    boolean inQuotes = false;
    int fieldColumn = column - 1;
    while (true) {
      if (inQuotes) {
        if (c == -1) {
          throw error(recordLine, fieldColumn, "a quoted field is not closed before the end of the file");
        }
        if (c == '"') {
          int d = peek();
          if (d == '"') {
            read();
            append('"', fieldColumn);
          } else {
            inQuotes = false;
          }
        } else {
          append((char) c, fieldColumn);
          if (c == '\n') {
            newLine();
          }
        }
      } else if (c == ',' || c == '\n' || c == '\r' || c == -1) {
        fields.add(field.toString());
        if (fields.size() > MAX_FIELDS) {
          throw error(recordLine, fieldColumn, "more than " + MAX_FIELDS + " fields in a record");
        }
        field.setLength(0);
        quoted = false;
        if (c == ',') {
          fieldColumn = column;
        } else {
          if (c == '\r' && peek() == '\n') {
            read();
          }
          if (c != -1) {
            newLine();
          }
          return Optional.of(fields);
        }
      } else if (c == '"' && field.length() == 0 && !quoted) {
        quoted = true;
        inQuotes = true;
      } else if (quoted) {
        throw error(line, column - 1, "text after the closing quote of a field");
      } else {
        append((char) c, fieldColumn);
      }
      c = read();
    }
  }

  private void append(char c, int fieldColumn) {
    if (field.length() >= MAX_FIELD_CHARS) {
      throw error(recordLine, fieldColumn, "a field longer than " + MAX_FIELD_CHARS + " characters");
    }
    field.append(c);
  }

  private void newLine() {
    line++;
    column = 1;
  }

  private int read() throws IOException {
    if (position == limit && !fill()) {
      return -1;
    }
    column++;
    return buffer[position++];
  }

  private int peek() throws IOException {
    if (position == limit && !fill()) {
      return -1;
    }
    return buffer[position];
  }

  private boolean fill() throws IOException {
    int n = reader.read(buffer, 0, buffer.length);
    if (n <= 0) {
      return false;
    }
    position = 0;
    limit = n;
    return true;
  }

  /** An error at a place in this file. */
  public IllegalArgumentException error(int atLine, int atColumn, String what) {
    return new IllegalArgumentException(source + ", line " + atLine + ", column " + atColumn + ": " + what);
  }
}
