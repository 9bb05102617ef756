package io.github.cscreturns.serialization.ssda903.internal;

import io.github.cscreturns.codesets.internal.csv.CsvRows;
import io.github.cscreturns.codesets.internal.csv.MalformedCsvException;
import io.github.cscreturns.core.SourceLocation;
import io.github.cscreturns.serialization.FormatException;
import io.github.cscreturns.serialization.ReadLimits;
import io.github.cscreturns.serialization.internal.InputLimitExceeded;
import io.github.cscreturns.serialization.internal.UndecodableInput;
import io.github.cscreturns.serialization.internal.XmlParsing;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rows of one file of a CSV file set, through the project's one CSV parser ({@link CsvRows}):
 * decoded as strict UTF-8, bounded by the {@link ReadLimits}, every problem a {@link FormatException}
 * at the file, line and field (the column of a file set's messages is the field's number in its row).
 * It streams: the file is decoded and parsed through a small buffer, so memory is the rows kept, never
 * the file's bytes.
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
  private final CsvRows rows;

  private CsvParser(String file, InputStream bytes, ReadLimits limits) {
    this.file = file;
    this.rows =
        CsvRows.of(XmlParsing.strictUtf8(bytes), new CsvRows.Limits(limits.maxTextLength(), limits.maxLineLength(), limits.maxFields()));
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
    return new CsvParser(file, bytes, limits);
  }

  /** The next row, or null at the end of the file. */
  public @Nullable Row next() {
    try {
      CsvRows.Row r = rows.next();
      return r == null ? null : new Row(r.cells(), r.line());
    } catch (MalformedCsvException e) {
      // Bounds are reported at the row's first line, quoting problems where they are.
      int line = switch (e.problem()) {
        case UNCLOSED_QUOTE, TEXT_AFTER_CLOSING_QUOTE -> e.line();
        case CELL_TOO_LONG, ROW_TOO_LONG, TOO_MANY_CELLS -> e.rowLine();
      };
      throw new FormatException(
          SourceLocation.builder().file(file).line(line).column(e.cell()).build(), e.problem().describe(e.limit()), e);
    } catch (UndecodableInput e) {
      throw new FormatException(
          SourceLocation.builder().file(file).line(e.line()).column(e.column()).build(),
          "the bytes are not valid UTF-8; save the file as UTF-8", e);
    } catch (InputLimitExceeded e) {
      throw new FormatException(SourceLocation.builder().file(file).line(rows.line()).build(), e.getMessage(), e);
    } catch (IOException e) {
      throw new FormatException(SourceLocation.builder().file(file).line(rows.line()).build(), "cannot read the file: " + e.getClass().getSimpleName(), e);
    }
  }
}
