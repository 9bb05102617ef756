package io.github.cscreturns.benchmarks;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import io.github.cscreturns.codesets.internal.csv.CsvRows;
import io.github.cscreturns.serialization.ReadLimits;
import io.github.cscreturns.serialization.internal.XmlParsing;
import io.github.cscreturns.serialization.ssda903.internal.CsvParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The CSV parsers compared by {@link CsvParserBenchmark}, each set up to do the same work: the same
 * bytes in, decoded as strict UTF-8 by the same reader; RFC 4180 quoting; every row out as its list
 * of cells with the line it starts on; the same bounds (4,096 characters a cell, 65,536 a row, 256
 * cells a row, where the parser has such a bound at all).
 */
final class CsvParsers {
  private CsvParsers() {}

  static final int MAX_CELL = 4096;
  static final int MAX_ROW = 65_536;
  static final int MAX_CELLS = 256;

  /** A row as every parser hands it on: its cells and the 1-based line it starts on. */
  record Row(List<String> cells, long line) {}

  /** One of the parsers compared. */
  enum Parser {
    /**
     * The serialization module's CSV parser: its own before this comparison, now a thin layer over
     * {@link #ONE} that makes its errors FormatExceptions.
     */
    OURS {
      @Override
      void parse(byte[] bytes, Consumer<Row> rows) {
        ReadLimits limits = ReadLimits.builder().maxTextLength(MAX_CELL).maxLineLength(MAX_ROW).maxFields(MAX_CELLS).build();
        CsvParser p = CsvParser.of("bench.csv", bytes, limits);
        for (CsvParser.Row r = p.next(); r != null; r = p.next()) {
          rows.accept(new Row(r.fields(), r.line()));
        }
      }
    },
    /** The one parser of codesets' internal package, which replaced the serialization module's. */
    ONE {
      @Override
      void parse(byte[] bytes, Consumer<Row> rows) {
        try (Reader in = strictUtf8(bytes)) {
          var p = CsvRows.of(in, new CsvRows.Limits(MAX_CELL, MAX_ROW, MAX_CELLS));
          for (var r = p.next(); r != null; r = p.next()) {
            rows.accept(new Row(r.cells(), r.line()));
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    },
    /** FastCSV with its bounds set to ours, ragged rows and blank lines passed on as ours are. */
    FASTCSV {
      @Override
      void parse(byte[] bytes, Consumer<Row> rows) {
        CsvRecordHandler handler =
            CsvRecordHandler.builder().maxFieldSize(MAX_CELL).maxRecordSize(MAX_ROW).maxFields(MAX_CELLS).build();
        try (CsvReader<CsvRecord> r =
            CsvReader.builder()
                .skipEmptyLines(false)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .allowUnclosedQuote(false)
                .allowExtraCharsAfterClosingQuote(false)
                .detectBomHeader(false)
                .build(handler, strictUtf8(bytes))) {
          for (CsvRecord rec : r) {
            rows.accept(new Row(rec.getFields(), rec.getStartingLineNumber()));
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    },
    /**
     * jackson-dataformat-csv without a schema (each row an array of strings), its string-length
     * constraint set to our cell bound; it has no bound on a row's length or cell count.
     */
    JACKSON {
      private final CsvFactory factory =
          CsvFactory.builder().streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_CELL).build()).build();

      @Override
      void parse(byte[] bytes, Consumer<Row> rows) {
        try (com.fasterxml.jackson.dataformat.csv.CsvParser p = factory.createParser(strictUtf8(bytes))) {
          List<String> cells = new ArrayList<>();
          long line = 0;
          for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
            if (t == JsonToken.START_ARRAY) {
              cells = new ArrayList<>();
            } else if (t == JsonToken.VALUE_STRING) {
              if (cells.isEmpty()) {
                line = p.currentTokenLocation().getLineNr();
              }
              cells.add(p.getText());
            } else if (t == JsonToken.END_ARRAY) {
              rows.accept(new Row(cells, line));
            }
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };

    /** Parses the bytes, handing each row on in file order. */
    abstract void parse(byte[] bytes, Consumer<Row> rows);

    /** Every row of the bytes. */
    List<Row> rows(byte[] bytes) {
      List<Row> out = new ArrayList<>();
      parse(bytes, out::add);
      return out;
    }
  }

  static Reader strictUtf8(byte[] bytes) {
    return XmlParsing.strictUtf8(new ByteArrayInputStream(bytes));
  }
}
