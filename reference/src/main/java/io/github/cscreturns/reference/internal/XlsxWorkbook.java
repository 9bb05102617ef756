package io.github.cscreturns.reference.internal;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A small reader of xlsx workbooks (Office Open XML spreadsheets) as Ofsted publishes its provider
 * lists: sheet names, and each sheet's rows as cell text, streamed one row at a time. It reads the
 * zip with the JDK and the XML with the JDK's StAX, hardened: no DTDs, no external entities, so a
 * hostile file cannot expand entities or reach the network. Every part is bounded (uncompressed
 * size, shared strings, cells per row, text per cell), and errors name the file, the part or sheet
 * and the line and column, never a cell's value.
 *
 * <p>Chosen over a library (Apache POI is large; the streaming readers pull in further XML and
 * compression libraries) because the lists need only cell text: formulas, styles and formats are
 * not read. Numbers come as Excel writes them ("45261" for a date cell, its serial day number).
 */
public final class XlsxWorkbook implements Closeable {
  /** No part may inflate beyond this. */
  static final long MAX_PART_BYTES = 256L << 20;
  static final int MAX_SHARED_STRINGS = 4_000_000;
  static final int MAX_CELL_CHARS = 32_767; // Excel's own limit
  static final int MAX_COLUMNS = 16_384; // Excel's own limit (XFD)
  static final int MAX_SHEETS = 1_000;

  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  /** One sheet: its name and the zip part holding it. */
  public record Sheet(String name, String part) {}

  /** Receives a sheet's rows in order. */
  @FunctionalInterface
  public interface RowHandler {
    /** A row: its 1-based number and its cells' text by column ("" for an empty cell). */
    void row(int rowNumber, List<String> cells);
  }

  private final ZipFile zip;
  private final String source;
  private final List<Sheet> sheets;
  private final List<String> sharedStrings;

  private XlsxWorkbook(ZipFile zip, String source) throws IOException {
    this.zip = zip;
    this.source = source;
    this.sheets = readSheets();
    this.sharedStrings = readSharedStrings();
  }

  /**
   * Opens the workbook.
   *
   * @throws IllegalArgumentException naming the file if it is not a readable xlsx workbook
   */
  public static XlsxWorkbook open(Path file) throws IOException {
    String source = file.getFileName().toString();
    ZipFile zip;
    try {
      zip = new ZipFile(file.toFile());
    } catch (ZipException e) {
      throw new IllegalArgumentException(source + ": not an xlsx workbook (not a zip file)");
    }
    try {
      return new XlsxWorkbook(zip, source);
    } catch (IOException | RuntimeException e) {
      zip.close();
      throw e;
    }
  }

  /** The workbook's sheets, in tab order. */
  public List<Sheet> sheets() {
    return sheets;
  }

  /** The file's name, for messages. */
  public String source() {
    return source;
  }

  /** The text of a part (for small parts such as the document properties), if the zip has it. */
  public Optional<XMLStreamReader> part(String name) throws IOException {
    ZipEntry entry = zip.getEntry(name);
    if (entry == null) {
      return Optional.empty();
    }
    return Optional.of(xml(name, open(entry)));
  }

  /** Streams a sheet's rows to the handler. */
  public void rows(Sheet sheet, RowHandler handler) throws IOException {
    ZipEntry entry = zip.getEntry(sheet.part());
    if (entry == null) {
      throw new IllegalArgumentException(source + ": sheet '" + sheet.name() + "' is missing its part " + sheet.part());
    }
    XMLStreamReader r = xml(sheet.part(), open(entry));
    try {
      List<String> cells = new ArrayList<>();
      int rowNumber = 0;
      int column = -1;
      String type = "";
      StringBuilder value = new StringBuilder();
      boolean inValue = false;
      boolean inRow = false;
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String name = r.getLocalName();
          switch (name) {
            case "row" -> {
              String at = r.getAttributeValue(null, "r");
              rowNumber = at == null ? rowNumber + 1 : positive(at, sheet, r);
              cells.clear();
              column = -1;
              inRow = true;
            }
            case "c" -> {
              String ref = r.getAttributeValue(null, "r");
              column = ref == null ? column + 1 : column(ref, sheet, r);
              String t = r.getAttributeValue(null, "t");
              type = t == null ? "n" : t;
              value.setLength(0);
            }
            case "v", "t" -> inValue = true;
            case "rPh" -> skip(r); // phonetic hints are not cell text
            default -> {}
          }
        } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
          if (inValue) {
            if (value.length() + r.getTextLength() > MAX_CELL_CHARS) {
              throw error(sheet.part(), r, "a cell longer than " + MAX_CELL_CHARS + " characters");
            }
            value.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          String name = r.getLocalName();
          switch (name) {
            case "v", "t" -> inValue = false;
            case "c" -> {
              if (inRow) {
                while (cells.size() < column) {
                  cells.add("");
                }
                cells.add(cellText(type, value, sheet, r));
              }
            }
            case "row" -> {
              handler.row(rowNumber, List.copyOf(cells));
              inRow = false;
            }
            default -> {}
          }
        }
      }
    } catch (XMLStreamException e) {
      throw malformed(sheet.part(), e);
    } finally {
      close(r);
    }
  }

  private String cellText(String type, StringBuilder value, Sheet sheet, XMLStreamReader r) {
    if (type.equals("s")) {
      String text = value.toString().strip();
      int index;
      try {
        index = Integer.parseInt(text);
      } catch (NumberFormatException e) {
        throw error(sheet.part(), r, "a shared-string cell without a string index");
      }
      if (index < 0 || index >= sharedStrings.size()) {
        throw error(sheet.part(), r, "a shared-string index out of range");
      }
      return sharedStrings.get(index);
    }
    return value.toString();
  }

  private int column(String ref, Sheet sheet, XMLStreamReader r) {
    int c = 0;
    int i = 0;
    while (i < ref.length() && ref.charAt(i) >= 'A' && ref.charAt(i) <= 'Z') {
      c = c * 26 + (ref.charAt(i) - 'A' + 1);
      i++;
      if (c > MAX_COLUMNS) {
        throw error(sheet.part(), r, "a cell beyond column XFD");
      }
    }
    if (i == 0) {
      throw error(sheet.part(), r, "a cell reference without a column");
    }
    return c - 1;
  }

  private int positive(String text, Sheet sheet, XMLStreamReader r) {
    try {
      int n = Integer.parseInt(text.strip());
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // below
    }
    throw error(sheet.part(), r, "a row number that is not a positive whole number");
  }

  private List<Sheet> readSheets() throws IOException {
    Map<String, String> targets = new HashMap<>();
    XMLStreamReader rels = requiredPart("xl/_rels/workbook.xml.rels");
    try {
      while (rels.hasNext()) {
        if (rels.next() == XMLStreamConstants.START_ELEMENT && rels.getLocalName().equals("Relationship")) {
          String id = rels.getAttributeValue(null, "Id");
          String target = rels.getAttributeValue(null, "Target");
          if (id != null && target != null) {
            targets.put(id, target.startsWith("/") ? target.substring(1) : "xl/" + target);
          }
        }
      }
    } catch (XMLStreamException e) {
      throw malformed("xl/_rels/workbook.xml.rels", e);
    } finally {
      close(rels);
    }
    List<Sheet> list = new ArrayList<>();
    XMLStreamReader wb = requiredPart("xl/workbook.xml");
    try {
      while (wb.hasNext()) {
        if (wb.next() == XMLStreamConstants.START_ELEMENT && wb.getLocalName().equals("sheet")) {
          String name = wb.getAttributeValue(null, "name");
          String id = wb.getAttributeValue(RELATIONSHIPS, "id");
          String part = id == null ? null : targets.get(id);
          if (name == null || part == null) {
            throw error("xl/workbook.xml", wb, "a sheet without a name or a part");
          }
          if (list.size() == MAX_SHEETS) {
            throw error("xl/workbook.xml", wb, "more than " + MAX_SHEETS + " sheets");
          }
          list.add(new Sheet(name, part));
        }
      }
    } catch (XMLStreamException e) {
      throw malformed("xl/workbook.xml", e);
    } finally {
      close(wb);
    }
    return List.copyOf(list);
  }

  private List<String> readSharedStrings() throws IOException {
    ZipEntry entry = zip.getEntry("xl/sharedStrings.xml");
    if (entry == null) {
      return List.of();
    }
    List<String> strings = new ArrayList<>();
    XMLStreamReader r = xml(entry.getName(), open(entry));
    try {
      StringBuilder text = new StringBuilder();
      boolean inText = false;
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          switch (r.getLocalName()) {
            case "si" -> text.setLength(0);
            case "t" -> inText = true;
            case "rPh" -> skip(r);
            default -> {}
          }
        } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && inText) {
          if (text.length() + r.getTextLength() > MAX_CELL_CHARS) {
            throw error(entry.getName(), r, "a string longer than " + MAX_CELL_CHARS + " characters");
          }
          text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          if (r.getLocalName().equals("t")) {
            inText = false;
          } else if (r.getLocalName().equals("si")) {
            if (strings.size() == MAX_SHARED_STRINGS) {
              throw error(entry.getName(), r, "more than " + MAX_SHARED_STRINGS + " shared strings");
            }
            strings.add(text.toString());
          }
        }
      }
    } catch (XMLStreamException e) {
      throw malformed(entry.getName(), e);
    } finally {
      close(r);
    }
    return List.copyOf(strings);
  }

  private static void skip(XMLStreamReader r) throws XMLStreamException {
    int depth = 1;
    while (depth > 0 && r.hasNext()) {
      int event = r.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  private XMLStreamReader requiredPart(String name) throws IOException {
    ZipEntry entry = zip.getEntry(name);
    if (entry == null) {
      throw new IllegalArgumentException(source + ": not an xlsx workbook (no " + name + ")");
    }
    return xml(name, open(entry));
  }

  private InputStream open(ZipEntry entry) throws IOException {
    return new BoundedInputStream(zip.getInputStream(entry), MAX_PART_BYTES, source + ", " + entry.getName());
  }

  private XMLStreamReader xml(String part, InputStream in) {
    try {
      return factory().createXMLStreamReader(in);
    } catch (XMLStreamException e) {
      throw malformed(part, e);
    }
  }

  /** The JDK's StAX, with DTDs and external entities off. */
  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    return f;
  }

  private IllegalArgumentException error(String part, XMLStreamReader r, String what) {
    return new IllegalArgumentException(
        source + ", " + part + ", line " + r.getLocation().getLineNumber() + ", column " + r.getLocation().getColumnNumber() + ": " + what);
  }

  private IllegalArgumentException malformed(String part, XMLStreamException e) {
    String where = e.getLocation() == null ? "" : ", line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber();
    // The parser's own message may quote the document; only its position is kept.
    return new IllegalArgumentException(source + ", " + part + where + ": malformed XML (or a DTD or entity, which are refused)");
  }

  private static void close(XMLStreamReader r) {
    try {
      r.close();
    } catch (XMLStreamException e) {
      // nothing more to read
    }
  }

  @Override
  public void close() throws IOException {
    zip.close();
  }

  /** Fails once more than the bound has been read: a zip entry that inflates without end. */
  private static final class BoundedInputStream extends FilterInputStream {
    private final long limit;
    private final String what;
    private long count;

    BoundedInputStream(InputStream in, long limit, String what) {
      super(in);
      this.limit = limit;
      this.what = what;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      count += n;
      if (count > limit) {
        // Unchecked, so that the XML parser passes it on rather than calling it malformed XML.
        throw new IllegalArgumentException(what + ": inflates beyond " + (limit >> 20) + " MB");
      }
    }
  }
}
