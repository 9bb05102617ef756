package io.github.cscreturns.serialization.ssda903.internal;

import io.github.cscreturns.core.SourceLocation;
import io.github.cscreturns.serialization.FormatException;
import io.github.cscreturns.serialization.ReadLimits;
import io.github.cscreturns.serialization.internal.InputLimitExceeded;
import io.github.cscreturns.serialization.internal.UndecodableInput;
import io.github.cscreturns.serialization.internal.XmlParsing;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 rows out of one CSV file's text: comma separated, fields optionally in double quotes
 * (inside which commas, doubled quotes and line breaks are text), rows ending CRLF or LF.
 *
 * <p>Hand-written rather than jackson-dataformat-csv: it is small, reports the exact line a row
 * starts on even when quoted fields span lines, applies our limits as it goes, keeps field text
 * exactly (no trimming), and streams: the file is decoded (strict UTF-8) and parsed through a small
 * buffer, so memory is the rows kept, never the file's bytes.
 */
public final class CsvParser {
  /** A row: its fields and the 1-based line it starts on. */
  public record Row(List<String> fields, int line) {
    public boolean isBlank() {
      for (String f : fields) {
        if (!f.isBlank()) {
          return false;
        }
      }
      return true;
    }
  }

  private final String file;
  private final Reader in;
  private final ReadLimits limits;
  private final char[] buf = new char[16 * 1024];
  private int pos;
  private int end;
  private boolean eof;
  private int line = 1;
  private int rowLength;
  private final StringBuilder field = new StringBuilder();

  private CsvParser(String file, Reader in, ReadLimits limits) {
    this.file = file;
    this.in = in;
    this.limits = limits;
    if (more() && buf[pos] == '\uFEFF') {
      pos++;
    }
  }

  /** Decodes UTF-8 strictly (a BOM is dropped); undecodable bytes are a FormatException at their line. */
  public static CsvParser of(String file, byte[] bytes, ReadLimits limits) {
    return of(file, new ByteArrayInputStream(bytes), limits);
  }

  /**
   * Parses the stream as it is read, decoding UTF-8 strictly (a BOM is dropped): undecodable bytes are
   * a FormatException at their line and column. The caller closes the stream.
   */
  public static CsvParser of(String file, InputStream bytes, ReadLimits limits) {
    return new CsvParser(file, XmlParsing.strictUtf8(bytes), limits);
  }

  /** Whether a character is ready at {@code pos}, refilling the buffer from the stream if needed. */
  private boolean more() {
    if (pos < end) {
      return true;
    }
    if (eof) {
      return false;
    }
    try {
      int n = in.read(buf, 0, buf.length);
      if (n <= 0) {
        eof = true;
        return false;
      }
      pos = 0;
      end = n;
      return true;
    } catch (UndecodableInput e) {
      throw new FormatException(
          SourceLocation.builder().file(file).line(e.line()).column(e.column()).build(),
          "the bytes are not valid UTF-8; save the file as UTF-8", e);
    } catch (InputLimitExceeded e) {
      throw new FormatException(SourceLocation.builder().file(file).line(line).build(), e.getMessage(), e);
    } catch (IOException e) {
      throw new FormatException(SourceLocation.builder().file(file).line(line).build(), "cannot read the file: " + e.getClass().getSimpleName(), e);
    }
  }

  private FormatException error(int atLine, int column, String problem) {
    return new FormatException(SourceLocation.builder().file(file).line(atLine).column(column).build(), problem);
  }

  /** The next row, or null at the end of the file. */
  public Row next() {
    if (!more()) {
      return null;
    }
    int startLine = line;
    rowLength = 0;
    List<String> fields = new ArrayList<>();
    while (true) {
      field.setLength(0);
      int column = fields.size() + 1;
      if (column > limits.maxFields()) {
        throw error(startLine, column, "the row has more than the limit of " + limits.maxFields() + " fields");
      }
      boolean endOfRow;
      if (more() && buf[pos] == '"') {
        int quoteLine = line;
        take();
        while (true) {
          if (!more()) {
            throw error(quoteLine, column, "a quoted field is not closed before the end of the file (unbalanced quote)");
          }
          char c = take();
          if (c == '"') {
            if (more() && buf[pos] == '"') {
              field.append('"');
              take();
            } else {
              break;
            }
          } else {
            if (c == '\n') {
              line++;
            }
            field.append(c);
          }
          check(startLine, column);
        }
        if (!more()) {
          endOfRow = true;
        } else if (buf[pos] == ',') {
          take();
          endOfRow = false;
        } else if (buf[pos] == '\n' || buf[pos] == '\r') {
          endOfRow = lineEnd();
        } else {
          throw error(line, column, "unexpected text after the closing quote of a field (unbalanced quote)");
        }
      } else {
        while (true) {
          if (!more()) {
            endOfRow = true;
            break;
          }
          char c = buf[pos];
          if (c == ',') {
            take();
            endOfRow = false;
            break;
          }
          if (c == '\n' || c == '\r') {
            endOfRow = lineEnd();
            break;
          }
          field.append(c);
          take();
          check(startLine, column);
        }
      }
      fields.add(field.length() == 0 ? "" : field.toString());
      if (endOfRow) {
        return new Row(fields, startLine);
      }
    }
  }

  private char take() {
    rowLength++;
    return buf[pos++];
  }

  private boolean lineEnd() {
    if (take() == '\r' && more() && buf[pos] == '\n') {
      take();
    }
    line++;
    return true;
  }

  private void check(int startLine, int column) {
    if (field.length() > limits.maxTextLength()) {
      throw error(startLine, column, "a field is longer than the limit of " + limits.maxTextLength() + " characters");
    }
    if (rowLength > limits.maxLineLength()) {
      throw error(startLine, column, "the row is longer than the limit of " + limits.maxLineLength() + " characters");
    }
  }
}
