package io.github.cscreturns.serialization.ssda903.internal;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.internal.csv.CsvCells;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Ssda903Record;
import io.github.cscreturns.core.ssda903.Ssda903Table;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the SSDA903 CSV file set of a year: one file per table the year collects, under its
 * conventional name, with the year's columns in the DfE order. UTF-8 without BOM; CRLF line ends, as
 * RFC 4180 asks; a field is quoted only when it holds a comma, a quote or a line break (the project's
 * one quoter, {@link CsvCells}). Every child
 * gets a Header row. Items the year does not collect are not written.
 */
public final class CsvFileSetWriter {
  private CsvFileSetWriter() {}

  /** The tables the year collects, in the DfE order. */
  public static List<TableLayout> tables(CollectionYear year) {
    List<TableLayout> out = new ArrayList<>();
    for (Ssda903Table t : Ssda903Table.values()) {
      if (t.collected().contains(year)) {
        out.add(Layouts.of(t));
      }
    }
    return out;
  }

  public static List<Path> write(Path folder, CollectionYear year, Iterable<Child> children) throws IOException {
    Files.createDirectories(folder);
    List<Path> written = new ArrayList<>();
    for (TableLayout layout : tables(year)) {
      Path file = folder.resolve(layout.fileName());
      try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
        writeTable(out, layout, year, children);
      }
      written.add(file);
    }
    return written;
  }

  static void writeTable(Writer out, TableLayout layout, CollectionYear year, Iterable<Child> children) throws IOException {
    List<Integer> columns = new ArrayList<>();
    for (int i = 0; i < layout.width(); i++) {
      if (layout.columns().get(i).years().contains(year)) {
        columns.add(i);
      }
    }
    String[] names = new String[columns.size()];
    for (int i = 0; i < names.length; i++) {
      names[i] = layout.columns().get(columns.get(i)).name();
    }
    row(out, names, null);
    String[] values = new String[layout.width()];
    int[] picked = columns.stream().mapToInt(Integer::intValue).toArray();
    for (Child c : children) {
      if (layout.table() == Ssda903Table.HEADER) {
        if (!c.headerRecorded()) {
          continue; // a child read without a Header row is written without one
        }
        RecordCodecs.writeHeader(c, values);
        row(out, values, picked);
        continue;
      }
      for (Ssda903Record r : c.records(layout.table())) {
        RecordCodecs.write(r, c, values);
        row(out, values, picked);
      }
    }
  }

  private static void row(Writer out, String[] values, int[] picked) throws IOException {
    int n = picked == null ? values.length : picked.length;
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        out.write(',');
      }
      CsvCells.write(out, values[picked == null ? i : picked[i]]);
    }
    out.write("\r\n");
  }
}
