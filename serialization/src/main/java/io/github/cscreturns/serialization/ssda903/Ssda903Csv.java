package io.github.cscreturns.serialization.ssda903;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Ssda903Record;
import io.github.cscreturns.core.ssda903.Ssda903Table;
import io.github.cscreturns.serialization.FormatException;
import io.github.cscreturns.serialization.ReadLimits;
import io.github.cscreturns.serialization.ssda903.internal.Column;
import io.github.cscreturns.serialization.ssda903.internal.CsvFileSetReader;
import io.github.cscreturns.serialization.ssda903.internal.CsvFileSetWriter;
import io.github.cscreturns.serialization.ssda903.internal.Layouts;
import io.github.cscreturns.serialization.ssda903.internal.RecordCodecs;
import io.github.cscreturns.serialization.ssda903.internal.TableLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SSDA903 CSV file set: one file per table (Header, Episodes, Reviews, UASC, OC2, OC3, AD1,
 * PlacedAdoption, PrevPerm, Missing, SWEpisodes from 2023-24, DoLo from 2026-27), dates dd/mm/yyyy.
 *
 * <pre>{@code
 * List<Child> children = Ssda903Csv.read(Path.of("return-csv"));
 * Ssda903Csv.write(Path.of("out"), CollectionYear.Y2024_25, children);
 * }</pre>
 *
 * <p>Reading: every {@code .csv} file of the folder; a file's table is recognised by its header row,
 * not its name, and its columns may come in any order. UTF-8, with or without BOM. An unknown,
 * missing or repeated column, a ragged row, an unbalanced quote, a header row matching no table or
 * undecodable bytes is one {@link FormatException} naming file, line and column (field index). Rows
 * are grouped into children by CHILD, each record keeping its file and line. A CHILD with rows but no
 * Header row still becomes a child, with empty header items. The file set is held in memory while
 * grouping (XML is the streaming format).
 *
 * <p>Each non-Header table repeats the child's DOB (UASC also SEX): a record keeps its own value only
 * where it differs from the Header row's (a blank repeat means "as the header"), and the writer writes
 * the record's own value, else the child's. Read → write → read gives equal children.
 *
 * <p>Writing: the tables and columns the year collects, under the names header.csv, episodes.csv,
 * reviews.csv, uasc.csv, oc2.csv, oc3.csv, ad1.csv, placed_for_adoption.csv, previous_permanence.csv,
 * missing.csv, sw_episodes.csv, dolo.csv; UTF-8 without BOM, CRLF line ends (RFC 4180). What the
 * year did not collect (URN before 2015-16, say) is not written. The XML UASC flag has no CSV column:
 * a flag the child keeps ({@code Child.uascFlag()}, see {@link Ssda903Xml}) is not written.
 *
 * @since 2013-14
 */
public final class Ssda903Csv {
  private Ssda903Csv() {}

  /**
   * Reads the file set in the folder.
   *
   * @param folder the folder
   * @return the children of the file set
   */
  public static List<Child> read(Path folder) {
    return read(folder, ReadLimits.defaults());
  }

  /**
   * Reads the file set in the folder within the given bounds.
   *
   * @param folder the folder holding the year's CSV files
   * @param limits the bounds on the input
   * @return the children of the file set
   */
  public static List<Child> read(Path folder, ReadLimits limits) {
    return read(CsvFileSetReader.csvFiles(folder), limits);
  }

  /**
   * Reads the given files as one file set.
   *
   * @param files the files
   * @param limits the bounds on the input
   * @return the children of the file set
   */
  public static List<Child> read(List<Path> files, ReadLimits limits) {
    return new CsvFileSetReader(limits).read(files);
  }

  /**
   * The children of the file set in the folder, made one at a time as they are taken, in the order
   * of {@link #read(Path)}: the files are read and their rows grouped by child first (every problem
   * with them is thrown here), but each child is made only when it is reached, so memory holds the
   * file set's rows rather than every child at once.
   *
   * @param folder the folder holding the year's CSV files
   * @param limits the bounds on the input
   * @return the children, in the order of {@link #read(Path)}
   */
  public static ChildReader reader(Path folder, ReadLimits limits) {
    java.util.Iterator<Child> children = new CsvFileSetReader(limits).children(CsvFileSetReader.csvFiles(folder));
    return new ChildReader() {
      private boolean closed;

      @Override
      public boolean hasNext() {
        return !closed && children.hasNext();
      }

      @Override
      public Child next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        return children.next();
      }

      @Override
      public void close() {
        closed = true;
      }
    };
  }

  /**
   * The children of the file set in the folder, made one at a time, within the default bounds
   * ({@link #reader(Path, ReadLimits)}).
   *
   * @param folder the folder holding the year's CSV files
   * @return the children, in the order of {@link #read(Path)}
   */
  public static ChildReader reader(Path folder) {
    return reader(folder, ReadLimits.defaults());
  }

  /**
   * Writes the year's file set into the folder (created if needed), replacing files of the same
   * names, and returns the files written.
   *
   * @param folder the folder
   * @param year the collection year
   * @param children the children
   * @return the files written
   */
  public static List<Path> write(Path folder, CollectionYear year, Iterable<Child> children) {
    try {
      return CsvFileSetWriter.write(folder, year, children);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The conventional file name of a table ("episodes.csv").
   *
   * @param table the DfE table
   * @return the conventional file name of a table ("episodes.csv")
   */
  public static String fileName(Ssda903Table table) {
    return Layouts.of(table).fileName();
  }

  /**
   * The columns of a table in a year, in the DfE order; empty if the year does not collect the table.
   *
   * @param table the DfE table
   * @param year the collection year
   * @return the columns of a table in a year, in the DfE order
   */
  public static List<String> columns(Ssda903Table table, CollectionYear year) {
    if (!table.collected().contains(year)) {
      return List.of();
    }
    return Layouts.of(table).columns(year).stream().map(Column::name).toList();
  }

  /**
   * The items of one of the child's records as the file set writes its row: DfE item name to text
   * ({@code ""} where blank), in the year's column order, the repeated CHILD and DOB included. The
   * Header record is the child itself. Empty if the year does not collect the record's table.
   *
   * <p>This is the child's personal data: a caller showing it to anyone decides so explicitly.
   *
   * @param record the record
   * @param child the child
   * @param year the collection year
   * @return the items of one of the child's records as the file set writes its row
   * @since 2013-14
   */
  public static Map<String, String> row(Ssda903Record record, Child child, CollectionYear year) {
    Ssda903Table table = record.table();
    if (!table.collected().contains(year)) {
      return Map.of();
    }
    TableLayout layout = Layouts.of(table);
    String[] values = new String[layout.width()];
    RecordCodecs.write(record, child, values);
    Map<String, String> row = new LinkedHashMap<>();
    for (Column c : layout.columns(year)) {
      String v = values[layout.index(c.name())];
      row.put(c.name(), v == null ? "" : v);
    }
    return Collections.unmodifiableMap(row);
  }
}
