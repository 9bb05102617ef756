package io.github.cscreturns.serialization.ssda903.internal;

import io.github.cscreturns.core.SourceLocation;
import io.github.cscreturns.serialization.FormatException;
import io.github.cscreturns.serialization.ReadLimits;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 rows out of one CSV file's text: comma separated, fields optionally in double quotes
 * (inside which commas, doubled quotes and line breaks are text), rows ending CRLF or LF.
 *
 * <p>Hand-written rather than jackson-dataformat-csv: it is small, reports the exact line a row
 * starts on even when quoted fields span lines, applies our limits as it goes, keeps field text
 * exactly (no trimming), and reads a decoded file in one pass without per-field objects beyond the
 * strings themselves.
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
  private final char[] text;
  private final int end;
  private final ReadLimits limits;
  private int pos;
  private int line = 1;
  private final StringBuilder field = new StringBuilder();

  private CsvParser(String file, CharBuffer chars, ReadLimits limits) {
    this.file = file;
    this.text = chars.array();
    this.pos = chars.arrayOffset() + chars.position();
    this.end = chars.arrayOffset() + chars.limit();
    this.limits = limits;
    if (pos < end && text[pos] == '\uFEFF') {
      pos++;
    }
  }

  /** Decodes UTF-8 strictly (a BOM is dropped); undecodable bytes are a FormatException at their line. */
  public static CsvParser of(String file, byte[] bytes, ReadLimits limits) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int at = in.position();
      int lineNo = 1;
      for (int i = 0; i < at; i++) {
        if (bytes[i] == '\n') {
          lineNo++;
        }
      }
      throw new FormatException(
          SourceLocation.builder().file(file).line(lineNo).build(),
          "the bytes are not valid UTF-8 (" + result.length() + " byte(s) at offset " + at + "); save the file as UTF-8");
    }
    out.flip();
    return new CsvParser(file, out, limits);
  }

  private FormatException error(int atLine, int column, String problem) {
    return new FormatException(SourceLocation.builder().file(file).line(atLine).column(column).build(), problem);
  }

  /** The next row, or null at the end of the file. */
  public Row next() {
    if (pos >= end) {
      return null;
    }
    int startLine = line;
    int rowStart = pos;
    List<String> fields = new ArrayList<>();
    while (true) {
      field.setLength(0);
      int column = fields.size() + 1;
      if (column > limits.maxFields()) {
        throw error(startLine, column, "the row has more than the limit of " + limits.maxFields() + " fields");
      }
      boolean endOfRow;
      if (pos < end && text[pos] == '"') {
        int quoteLine = line;
        pos++;
        while (true) {
          if (pos >= end) {
            throw error(quoteLine, column, "a quoted field is not closed before the end of the file (unbalanced quote)");
          }
          char c = text[pos++];
          if (c == '"') {
            if (pos < end && text[pos] == '"') {
              field.append('"');
              pos++;
            } else {
              break;
            }
          } else {
            if (c == '\n') {
              line++;
            }
            field.append(c);
          }
          check(startLine, column, rowStart);
        }
        if (pos >= end) {
          endOfRow = true;
        } else if (text[pos] == ',') {
          pos++;
          endOfRow = false;
        } else if (text[pos] == '\n' || text[pos] == '\r') {
          endOfRow = lineEnd();
        } else {
          throw error(line, column, "unexpected text after the closing quote of a field (unbalanced quote)");
        }
      } else {
        while (true) {
          if (pos >= end) {
            endOfRow = true;
            break;
          }
          char c = text[pos];
          if (c == ',') {
            pos++;
            endOfRow = false;
            break;
          }
          if (c == '\n' || c == '\r') {
            endOfRow = lineEnd();
            break;
          }
          field.append(c);
          pos++;
          check(startLine, column, rowStart);
        }
      }
      fields.add(field.length() == 0 ? "" : field.toString());
      if (endOfRow) {
        return new Row(fields, startLine);
      }
    }
  }

  private boolean lineEnd() {
    if (text[pos] == '\r') {
      pos++;
      if (pos < end && text[pos] == '\n') {
        pos++;
      }
    } else {
      pos++;
    }
    line++;
    return true;
  }

  private void check(int startLine, int column, int rowStart) {
    if (field.length() > limits.maxTextLength()) {
      throw error(startLine, column, "a field is longer than the limit of " + limits.maxTextLength() + " characters");
    }
    if (pos - rowStart > limits.maxLineLength()) {
      throw error(startLine, column, "the row is longer than the limit of " + limits.maxLineLength() + " characters");
    }
  }
}
