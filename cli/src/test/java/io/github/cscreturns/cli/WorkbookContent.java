package io.github.cscreturns.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What an xlsx workbook holds, read back for tests with the JDK alone (zip and StAX): its sheets by
 * name, each sheet's cells as text (shared strings resolved, numbers as written), which cells are
 * styled as dates, the frozen pane, and the tables with their filters. Enough to assert what the
 * validation workbook says; not a general xlsx reader.
 */
final class WorkbookContent {
  /** A cell: its text (a number as written in the sheet) and whether its style formats it as a date. */
  record Cell(String text, boolean isDate) {}

  /** A sheet: rows by 0-based index, each row's cells by 0-based column; the frozen rows; its tables. */
  record Sheet(String name, Map<Integer, Map<Integer, Cell>> rows, int frozenRows, List<Table> tables) {
    /** The texts of a row, blank cells as "". */
    List<String> row(int index) {
      Map<Integer, Cell> cells = rows.getOrDefault(index, Map.of());
      int width = cells.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
      List<String> out = new ArrayList<>();
      for (int c = 0; c < width; c++) {
        out.add(cells.containsKey(c) ? cells.get(c).text() : "");
      }
      return out;
    }

    /** The header row. */
    List<String> header() {
      return row(0);
    }

    /** The rows below the header that have any cell, as maps of header name to text. */
    List<Map<String, String>> records() {
      List<String> header = header();
      List<Map<String, String>> out = new ArrayList<>();
      for (Map.Entry<Integer, Map<Integer, Cell>> row : rows.entrySet()) {
        if (row.getKey() == 0 || row.getValue().isEmpty()) {
          continue;
        }
        Map<String, String> record = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
          Cell cell = row.getValue().get(c);
          record.put(header.get(c), cell == null ? "" : cell.text());
        }
        out.add(record);
      }
      return out;
    }

    /** The cell at a row and column, if written. */
    Optional<Cell> cell(int row, int column) {
      return Optional.ofNullable(rows.getOrDefault(row, Map.of()).get(column));
    }
  }

  /** An Excel table: its name, its range ("A1:F7") and its filter's range, if it has a filter. */
  record Table(String name, String ref, Optional<String> autoFilter) {}

  private final Map<String, Sheet> sheets;
  private final String allText;

  private WorkbookContent(Map<String, Sheet> sheets, String allText) {
    this.sheets = sheets;
    this.allText = allText;
  }

  /** The sheet names, in order. */
  List<String> sheetNames() {
    return List.copyOf(sheets.keySet());
  }

  /** The sheet of a name. */
  Sheet sheet(String name) {
    Sheet s = sheets.get(name);
    if (s == null) {
      throw new AssertionError("no sheet " + name + " in " + sheets.keySet());
    }
    return s;
  }

  /** Every part of the workbook as text, joined (to assert that something appears nowhere). */
  String allText() {
    return allText;
  }

  static WorkbookContent read(Path file) throws IOException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      StringBuilder all = new StringBuilder();
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        try (InputStream in = zip.getInputStream(entry)) {
          all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
        }
      }
      List<String> shared = sharedStrings(zip);
      List<Boolean> dateStyles = dateStyles(zip);
      Map<String, String> rels = relationships(zip, "xl/_rels/workbook.xml.rels");
      Map<String, Sheet> sheets = new LinkedHashMap<>();
      XMLStreamReader x = open(zip, "xl/workbook.xml");
      List<String[]> named = new ArrayList<>();
      while (x.hasNext()) {
        if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("sheet")) {
          named.add(new String[] {x.getAttributeValue(null, "name"), rid(x)});
        }
      }
      for (String[] n : named) {
        String path = "xl/" + rels.get(n[1]);
        sheets.put(n[0], sheet(zip, n[0], path, shared, dateStyles));
      }
      return new WorkbookContent(sheets, all.toString());
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  private static String rid(XMLStreamReader x) {
    for (int i = 0; i < x.getAttributeCount(); i++) {
      if (x.getAttributeLocalName(i).equals("id")) {
        return x.getAttributeValue(i);
      }
    }
    throw new AssertionError("no r:id");
  }

  private static XMLStreamReader open(ZipFile zip, String name) throws IOException, XMLStreamException {
    ZipEntry entry = zip.getEntry(name);
    if (entry == null) {
      throw new AssertionError("no part " + name);
    }
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return f.createXMLStreamReader(zip.getInputStream(entry), "UTF-8");
  }

  private static Map<String, String> relationships(ZipFile zip, String name) throws IOException, XMLStreamException {
    Map<String, String> out = new HashMap<>();
    if (zip.getEntry(name) == null) {
      return out;
    }
    XMLStreamReader x = open(zip, name);
    while (x.hasNext()) {
      if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("Relationship")) {
        String target = x.getAttributeValue(null, "Target");
        out.put(x.getAttributeValue(null, "Id"), target.startsWith("/xl/") ? target.substring(4) : target);
      }
    }
    return out;
  }

  private static List<String> sharedStrings(ZipFile zip) throws IOException, XMLStreamException {
    List<String> out = new ArrayList<>();
    if (zip.getEntry("xl/sharedStrings.xml") == null) {
      return out;
    }
    XMLStreamReader x = open(zip, "xl/sharedStrings.xml");
    StringBuilder text = null;
    while (x.hasNext()) {
      int event = x.next();
      if (event == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("si")) {
        text = new StringBuilder();
      } else if (event == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("t") && text != null) {
        text.append(x.getElementText());
      } else if (event == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("si") && text != null) {
        out.add(text.toString());
        text = null;
      }
    }
    return out;
  }

  /** Per cell style index (cellXfs), whether its number format is a date one. */
  private static List<Boolean> dateStyles(ZipFile zip) throws IOException, XMLStreamException {
    Map<String, String> formats = new HashMap<>();
    List<Boolean> out = new ArrayList<>();
    XMLStreamReader x = open(zip, "xl/styles.xml");
    boolean inCellXfs = false;
    while (x.hasNext()) {
      int event = x.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        switch (x.getLocalName()) {
          case "numFmt" -> formats.put(x.getAttributeValue(null, "numFmtId"), x.getAttributeValue(null, "formatCode"));
          case "cellXfs" -> inCellXfs = true;
          case "xf" -> {
            if (inCellXfs) {
              String id = x.getAttributeValue(null, "numFmtId");
              String code = formats.getOrDefault(id == null ? "0" : id, "");
              out.add(code.contains("yy") || "14".equals(id));
            }
          }
          default -> { }
        }
      } else if (event == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("cellXfs")) {
        inCellXfs = false;
      }
    }
    return out;
  }

  private static Sheet sheet(ZipFile zip, String name, String path, List<String> shared, List<Boolean> dateStyles)
      throws IOException, XMLStreamException {
    Map<Integer, Map<Integer, Cell>> rows = new TreeMap<>();
    int frozen = 0;
    List<String> tableIds = new ArrayList<>();
    XMLStreamReader x = open(zip, path);
    String ref = null;
    String type = null;
    String style = null;
    while (x.hasNext()) {
      int event = x.next();
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      switch (x.getLocalName()) {
        case "pane" -> {
          if ("frozen".equals(x.getAttributeValue(null, "state"))) {
            String y = x.getAttributeValue(null, "ySplit");
            frozen = y == null ? 0 : (int) Double.parseDouble(y);
          }
        }
        case "c" -> {
          ref = x.getAttributeValue(null, "r");
          type = x.getAttributeValue(null, "t");
          style = x.getAttributeValue(null, "s");
        }
        case "v", "t" -> {
          String v = x.getElementText();
          String text = "s".equals(type) ? shared.get(Integer.parseInt(v)) : v;
          boolean isDate = style != null && dateStyles.get(Integer.parseInt(style));
          int[] at = position(ref);
          rows.computeIfAbsent(at[0], k -> new TreeMap<>()).put(at[1], new Cell(text, isDate));
        }
        case "tablePart" -> tableIds.add(rid(x));
        default -> { }
      }
    }
    List<Table> tables = new ArrayList<>();
    String relsPath = path.replace("worksheets/", "worksheets/_rels/") + ".rels";
    Map<String, String> rels = relationships(zip, relsPath);
    for (String id : tableIds) {
      String target = rels.get(id);
      String tablePath = target.startsWith("../") ? "xl/" + target.substring(3) : target.startsWith("xl/") ? target : "xl/worksheets/" + target;
      XMLStreamReader t = open(zip, tablePath);
      String tableName = null;
      String tableRef = null;
      Optional<String> filter = Optional.empty();
      while (t.hasNext()) {
        if (t.next() == XMLStreamConstants.START_ELEMENT) {
          if (t.getLocalName().equals("table")) {
            tableName = t.getAttributeValue(null, "name");
            tableRef = t.getAttributeValue(null, "ref");
          } else if (t.getLocalName().equals("autoFilter")) {
            filter = Optional.of(t.getAttributeValue(null, "ref"));
          }
        }
      }
      tables.add(new Table(tableName, tableRef, filter));
    }
    return new Sheet(name, rows, frozen, tables);
  }

  /** "B3" → {2, 1}. */
  private static int[] position(String ref) {
    int column = 0;
    int i = 0;
    while (Character.isLetter(ref.charAt(i))) {
      column = column * 26 + (ref.charAt(i) - 'A' + 1);
      i++;
    }
    return new int[] {Integer.parseInt(ref.substring(i)) - 1, column - 1};
  }
}
