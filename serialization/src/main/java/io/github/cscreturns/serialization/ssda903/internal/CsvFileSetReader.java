package io.github.cscreturns.serialization.ssda903.internal;

import io.github.cscreturns.core.SourceLocation;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.ImmutableChild;
import io.github.cscreturns.core.ssda903.Ssda903Table;
import io.github.cscreturns.serialization.FormatException;
import io.github.cscreturns.serialization.ReadLimits;
import io.github.cscreturns.serialization.internal.LimitedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads an SSDA903 CSV file set into children. Each file's table is recognised by its header row
 * (not its name); columns may come in any order; a column the table does not have, a column it always
 * has that is missing, a repeated column, a row with the wrong number of fields and a header row that
 * matches no table are each a {@link FormatException} naming the file, line and column (the 1-based
 * field index).
 *
 * <p>Each record's {@link SourceLocation} names its file and line and, as its record index, its
 * 0-based data row in that file (rows after the header row, blank rows counted), whatever order the
 * other files are in.
 *
 * <p>Rows are grouped into children by CHILD. Children come in the order of the Header file, then any
 * CHILD found only in other tables (in table order), which still becomes a child, with empty header
 * items and {@link Child#headerRecorded()} false, so that nothing is lost. A second Header row for the same CHILD becomes a second child with
 * no records (the other tables' rows go to the first). Rows whose every field is blank are skipped.
 * The file set is held in memory while grouping.
 */
public final class CsvFileSetReader {
  /** A data row as held while grouping: its values by layout column, and where it is (its location is made when its child is). */
  private record Row(String[] values, int line, int index) {}

  private static final class Group {
    final String id;
    String[] header;
    @org.jspecify.annotations.Nullable Row headerRow;
    final Map<Ssda903Table, List<Row>> rows = new EnumMap<>(Ssda903Table.class);

    Group(String id) {
      this.id = id;
    }
  }

  private final ReadLimits limits;
  private final Map<Ssda903Table, String> tableFiles = new EnumMap<>(Ssda903Table.class);
  private final Map<Ssda903Table, List<Row>> tables = new EnumMap<>(Ssda903Table.class);

  public CsvFileSetReader(ReadLimits limits) {
    this.limits = limits;
  }

  /**
   * The CSV files of a folder (name ending .csv, any case), by name. An entry named like a CSV file
   * that cannot be read as one (a folder, a dangling or looping link, a file without read permission)
   * makes the folder unusable rather than being skipped, and so does a folder with no CSV file at all:
   * either way the return cannot be read as the file set it claims to be.
   */
  public static List<Path> csvFiles(Path folder) {
    List<Path> entries;
    try (Stream<Path> s = Files.list(folder)) {
      entries = s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")).sorted().toList();
    } catch (IOException e) {
      throw new FormatException(SourceLocation.builder().file(String.valueOf(folder.getFileName())).build(), "cannot list the folder: " + e.getClass().getSimpleName(), e);
    }
    for (Path p : entries) {
      if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
        String what = Files.isDirectory(p) ? "a folder" : Files.isSymbolicLink(p) && !Files.exists(p) ? "a link that leads to no file" : "not a readable file";
        throw new FormatException(
            SourceLocation.builder().file(String.valueOf(p.getFileName())).build(),
            "this entry of the CSV folder is " + what + "; remove or rename it, or make it readable");
      }
    }
    if (entries.isEmpty()) {
      throw new FormatException(
          SourceLocation.builder().file(String.valueOf(folder.getFileName())).build(),
          "the folder holds no CSV file; an SSDA903 CSV file set has header.csv, episodes.csv and the other tables' files");
    }
    return entries;
  }

  /** Reads the files, each streamed through the parser (never held whole), and groups their rows by child. */
  public List<Child> read(List<Path> files) {
    List<Child> out = new ArrayList<>();
    children(files).forEachRemaining(out::add);
    return out;
  }

  /**
   * Reads the files and groups their rows by child, as {@link #read(List)}, but makes each child only
   * when the iterator reaches it, and lets go of its rows then: memory holds the file set's rows and
   * the children not yet taken, never every child at once. Every problem with the files is found
   * before this returns.
   */
  public Iterator<Child> children(List<Path> files) {
    for (Path f : files) {
      String name = String.valueOf(f.getFileName());
      try {
        if (Files.size(f) > limits.maxInputBytes()) {
          throw new FormatException(SourceLocation.builder().file(name).build(), "the file is larger than the limit of " + limits.maxInputBytes() + " bytes");
        }
      } catch (IOException e) {
        throw new FormatException(SourceLocation.builder().file(name).build(), "cannot read the file: " + e.getClass().getSimpleName(), e);
      }
      // the stream is bounded too: a file may grow while it is read
      try (InputStream in = new LimitedInputStream(Files.newInputStream(f), limits.maxInputBytes())) {
        readFile(name, in);
      } catch (IOException e) {
        throw new FormatException(SourceLocation.builder().file(name).build(), "cannot read the file: " + e.getClass().getSimpleName(), e);
      }
    }
    return grouped();
  }

  /** Reads one file's rows into its table. */
  public void readFile(String name, byte[] bytes) {
    readFile(name, new java.io.ByteArrayInputStream(bytes));
  }

  /** Reads one file's rows into its table, as the stream is read; the caller closes it. */
  public void readFile(String name, InputStream bytes) {
    CsvParser parser = CsvParser.of(name, bytes, limits);
    CsvParser.Row headerRow = parser.next();
    while (headerRow != null && headerRow.isBlank()) {
      headerRow = parser.next();
    }
    if (headerRow == null) {
      throw new FormatException(SourceLocation.builder().file(name).build(), "the file is empty; expected a header row naming the columns of an SSDA903 table");
    }
    TableLayout layout = recognise(name, headerRow);
    String earlier = tableFiles.putIfAbsent(layout.table(), name);
    if (earlier != null) {
      throw new FormatException(
          SourceLocation.builder().file(name).line(headerRow.line()).build(),
          "table " + layout.table() + " was already read from " + earlier + "; a file set has one file per table");
    }
    int[] target = mapColumns(name, headerRow, layout);
    List<Row> rows = new ArrayList<>();
    int width = target.length;
    int dataRow = 0;
    for (CsvParser.Row row = parser.next(); row != null; row = parser.next()) {
      // The record's data row in its own file counts every row after the header row, blank ones too,
      // so that for one-line rows it is the line number minus 2, as the DfE tools count it.
      int index = dataRow++;
      if (row.isBlank()) {
        continue;
      }
      if (row.fields().size() != width) {
        throw new FormatException(
            SourceLocation.builder().file(name).line(row.line()).column(Math.min(row.fields().size(), width) + 1).build(),
            "the row has " + row.fields().size() + " fields; the header row has " + width);
      }
      String[] values = new String[layout.width()];
      for (int i = 0; i < width; i++) {
        values[target[i]] = shared(row.fields().get(i));
      }
      rows.add(new Row(values, row.line(), index));
    }
    tables.put(layout.table(), rows);
  }

  /** Values of at most this many characters are shared through {@link #recent}. */
  private static final int SHORT = 10;

  /**
   * Recent short values (codes, dates, child IDs repeated in every table), by a hash of their
   * characters: a row waiting for its child holds an equal value once, not once per row.
   */
  private final String[] recent = new String[1 << 16];

  private String shared(String value) {
    if (value.length() > SHORT) {
      return value;
    }
    int h = value.hashCode();
    int slot = (h ^ (h >>> 16)) & (recent.length - 1);
    String known = recent[slot];
    if (value.equals(known)) {
      return known;
    }
    recent[slot] = value;
    return value;
  }

  private static final Set<String> REPEATED = Set.of("CHILD", "DOB", "SEX");

  private static String columnName(String raw) {
    String n = raw.strip().toUpperCase(Locale.ROOT);
    return n.length() > 40 ? n.substring(0, 40) + "…" : n;
  }

  /** The table whose columns the header row shares most, among tables of which it names an item of their own. */
  private static TableLayout recognise(String file, CsvParser.Row header) {
    Set<String> names = new LinkedHashSet<>();
    for (String f : header.fields()) {
      names.add(columnName(f));
    }
    TableLayout best = null;
    int bestScore = 0;
    TableLayout tie = null;
    for (Ssda903Table t : Ssda903Table.values()) {
      TableLayout layout = Layouts.of(t);
      int score = 0;
      boolean own = false;
      for (Column c : layout.columns()) {
        if (names.contains(c.name())) {
          score++;
          own |= t == Ssda903Table.HEADER ? !REPEATED.contains(c.name()) : c.xmlElement() != null;
        }
      }
      if (!own) {
        continue;
      }
      if (score > bestScore) {
        best = layout;
        bestScore = score;
        tie = null;
      } else if (score == bestScore) {
        tie = layout;
      }
    }
    SourceLocation at = SourceLocation.builder().file(file).line(header.line()).build();
    if (best == null) {
      throw new FormatException(
          at, "the first row (" + header.fields().size() + " columns) is not the header row of any SSDA903 table "
              + "(Header, Episodes, Reviews, UASC, OC2, OC3, AD1, PlacedAdoption, PrevPerm, Missing, SWEpisodes, DoLo)");
    }
    if (tie != null) {
      throw new FormatException(at, "the header row fits tables " + best.table() + " and " + tie.table() + " equally; a file holds one table");
    }
    return best;
  }

  private static final java.util.regex.Pattern LOOKS_LIKE_A_COLUMN = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,39}");

  /** For each file column, the layout column it fills; checks for unknown, repeated and missing columns. */
  private static int[] mapColumns(String file, CsvParser.Row header, TableLayout layout) {
    int[] target = new int[header.fields().size()];
    boolean[] seen = new boolean[layout.width()];
    List<String> unknown = new ArrayList<>();
    int firstUnknown = 0;
    for (int i = 0; i < target.length; i++) {
      String name = columnName(header.fields().get(i));
      int index = layout.index(name);
      if (index < 0) {
        if (unknown.isEmpty()) {
          firstUnknown = i + 1;
        }
        // only what looks like a column name is quoted back: a header cell holding data (a stray quote
        // can swallow the next rows into it) must not be echoed
        unknown.add(name.isEmpty() ? "(blank)"
            : LOOKS_LIKE_A_COLUMN.matcher(name).matches() ? name
            : "column " + (i + 1) + " (not a column name" + (name.indexOf('\n') >= 0 ? ", spanning lines: an unbalanced quote?" : "") + ")");
        continue;
      }
      if (seen[index]) {
        throw new FormatException(
            SourceLocation.builder().file(file).line(header.line()).column(i + 1).build(), "column " + name + " appears twice in the header row");
      }
      seen[index] = true;
      target[i] = index;
    }
    if (!unknown.isEmpty()) {
      throw new FormatException(
          SourceLocation.builder().file(file).line(header.line()).column(firstUnknown).build(),
          "unexpected column(s) " + String.join(", ", unknown) + " for table " + layout.table() + "; its columns are "
              + layout.columns().stream().map(Column::name).toList());
    }
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < layout.width(); i++) {
      Column c = layout.columns().get(i);
      // required: collected from the table's first year on (REASON_PLACE_CHANGE and URN came later)
      boolean always = c.years().first().compareTo(layout.table().collected().first()) <= 0;
      if (!seen[i] && always) {
        missing.add(c.name());
      }
    }
    if (!missing.isEmpty()) {
      throw new FormatException(
          SourceLocation.builder().file(file).line(header.line()).build(),
          "missing column(s) " + String.join(", ", missing) + " of table " + layout.table());
    }
    return target;
  }

  private static String childOf(Ssda903Table table, Row r) {
    String id = r.values()[Layouts.of(table).index("CHILD")];
    return id == null ? "" : id;
  }

  /** The children of the rows read, each made when the iterator reaches it. */
  private Iterator<Child> grouped() {
    List<Group> children = new ArrayList<>();
    Map<String, Group> byId = new HashMap<>();
    for (Row r : tables.getOrDefault(Ssda903Table.HEADER, List.of())) {
      String id = childOf(Ssda903Table.HEADER, r);
      Group g = new Group(id);
      g.header = r.values();
      g.headerRow = r;
      children.add(g);
      byId.putIfAbsent(Texts.judged(id), g);
    }
    for (Map.Entry<Ssda903Table, List<Row>> table : tables.entrySet()) {
      if (table.getKey() == Ssda903Table.HEADER) {
        continue;
      }
      for (Row r : table.getValue()) {
        // CHILD is judged like every item (upper-cased, nothing stripped): "ab1" is the child AB1
        String id = childOf(table.getKey(), r);
        Group g = byId.get(Texts.judged(id));
        if (g == null) {
          // No Header row: the child is kept, without a header record (rule INT03 reports it) and
          // without a source, since none of its rows is a Header row.
          g = new Group(id);
          children.add(g);
          byId.put(Texts.judged(id), g);
        }
        g.rows.computeIfAbsent(table.getKey(), k -> new ArrayList<>()).add(r);
      }
    }
    // the rows are held by their children's groups from here on
    tables.clear();
    RecordCodecs codecs = new RecordCodecs();
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < children.size();
      }

      @Override
      public Child next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        Group g = children.set(next++, null);
        return build(codecs, g);
      }
    };
  }

  private Child build(RecordCodecs codecs, Group g) {
    String[] header = g.header;
    if (header == null) {
      header = new String[Layouts.HEADER.width()];
      header[Layouts.HEADER.index("CHILD")] = g.id;
    }
    ImmutableChild.Builder b = codecs.readHeader(header, g.headerRow == null ? null : source(Ssda903Table.HEADER, g.headerRow));
    if (g.header == null) {
      b.headerRecorded(false);
    }
    RecordCodecs.HeaderFacts facts = RecordCodecs.HeaderFacts.of(header);
    for (Map.Entry<Ssda903Table, List<Row>> e : g.rows.entrySet()) {
      TableLayout layout = Layouts.of(e.getKey());
      for (Row r : e.getValue()) {
        codecs.read(layout, r.values(), facts, source(e.getKey(), r), b);
      }
    }
    return b.build();
  }

  /** Where a row is: its table's file, its line and its data row. */
  private SourceLocation source(Ssda903Table table, Row r) {
    return SourceLocation.builder().file(tableFiles.get(table)).line(r.line()).recordIndex(r.index()).build();
  }

}
