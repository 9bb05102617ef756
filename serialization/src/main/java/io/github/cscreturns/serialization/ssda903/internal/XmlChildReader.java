package io.github.cscreturns.serialization.ssda903.internal;

import io.github.cscreturns.codesets.ssda903.UascFlag;
import io.github.cscreturns.core.ImmutableSourceLocation;
import io.github.cscreturns.core.SourceLocation;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.ImmutableChild;
import io.github.cscreturns.core.ssda903.Ssda903Table;
import io.github.cscreturns.serialization.FormatException;
import io.github.cscreturns.serialization.ReadLimits;
import io.github.cscreturns.serialization.ssda903.ChildReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import javax.xml.stream.Location;
import io.github.cscreturns.serialization.internal.LimitedInputStream;
import io.github.cscreturns.serialization.internal.MarkupBoundedInputStream;
import io.github.cscreturns.serialization.internal.XmlParsing;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Streams children out of a DfE SSDA903 XML file with the JDK's StAX parser, one CHILD element at a
 * time.
 *
 * <p>Hostile input: DTDs are not supported and a DOCTYPE is refused where it stands, so no entity
 * (external or nested, as in "billion laughs") is ever declared or expanded; no external resource is
 * resolved; the bytes read, the text of an element and the set of elements (only the layout's, which
 * bounds the nesting) are limited. The parser finds the encoding from the BOM or the XML declaration
 * (UTF-8, UTF-16, windows-1252 …). Any problem becomes one {@link FormatException} with the line and
 * column.
 *
 * <p>Lenient where it costs nothing: elements may come in any order and optional ones may be missing;
 * empty and self-closing elements read as blank. Strict where leniency would lose data: an element
 * that the layout does not have, or one repeated where the layout has one, is an error.
 *
 * <p>Each record's {@link SourceLocation} names the file, the line and column of its element and its
 * element path, and as its record index its 0-based position among the records of its table in the
 * whole file (the 3rd EPISODE element of the file is Episodes record 2; UASC, AD1 and OC3 records,
 * made from HEADER items, are counted as they are made). A CHILD without a HEADER element is read
 * with {@link io.github.cscreturns.core.ssda903.Child#headerRecorded()} false.
 */
public final class XmlChildReader implements ChildReader {
  private static final String ROOT = "EXPSSDA903";

  /** HEADER leaf elements: where their text goes. */
  private enum Target { HEADER, UASC_FLAG, DUC, AD1, OC3 }

  private record Slot(Target target, int index) {}

  private static final Map<String, Slot> HEADER_ITEMS = new HashMap<>();
  private static final Map<String, TableLayout> HEADER_GROUPS = new HashMap<>();

  static {
    for (int i = 0; i < Layouts.HEADER.width(); i++) {
      HEADER_ITEMS.put(Layouts.HEADER.columns().get(i).xmlElement(), new Slot(Target.HEADER, i));
    }
    HEADER_ITEMS.put("UASC", new Slot(Target.UASC_FLAG, 0));
    HEADER_ITEMS.put("DUC", new Slot(Target.DUC, 0));
    for (TableLayout flat : List.of(Layouts.AD1, Layouts.OC3)) {
      for (int i = 0; i < flat.width(); i++) {
        String element = flat.columns().get(i).xmlElement();
        if (element != null) {
          HEADER_ITEMS.put(element, new Slot(flat == Layouts.AD1 ? Target.AD1 : Target.OC3, i));
        }
      }
    }
    for (TableLayout group :
        List.of(Layouts.REVIEWS, Layouts.MISSING, Layouts.PLACED_ADOPTION, Layouts.PREV_PERM, Layouts.OC2, Layouts.SW_EPISODES, Layouts.DOLO)) {
      HEADER_GROUPS.put(group.xmlGroup(), group);
    }
  }

  private record Row(TableLayout layout, String[] values, SourceLocation source) {}

  private final String file;
  private final ReadLimits limits;
  private final InputStream input;
  private final XMLStreamReader x;
  private final RecordCodecs codecs = new RecordCodecs();
  private final StringBuilder text = new StringBuilder(64);
  private @Nullable Child next;
  private boolean done;
  private int childCount;
  /** Per table (by ordinal), the records of that table read so far in the file: the next record's index. */
  private final int[] tableCounts = new int[Ssda903Table.values().length];

  public XmlChildReader(InputStream in, String fileName, ReadLimits limits) {
    this.file = fileName;
    this.limits = limits;
    this.input = new MarkupBoundedInputStream(new LimitedInputStream(in, limits.maxInputBytes()), limits.maxMarkupBytes());
    XMLInputFactory factory = XmlParsing.secureFactory();
    XMLStreamReader reader;
    try {
      reader = XmlParsing.open(factory, input);
    } catch (XMLStreamException | RuntimeException e) {
      closeQuietly();
      throw XmlParsing.translate(file, e, null);
    }
    this.x = reader;
    try {
      openRoot();
    } catch (XMLStreamException | RuntimeException e) {
      close();
      throw XmlParsing.translate(file, e, x);
    }
  }

  private void openRoot() throws XMLStreamException {
    while (true) {
      int ev = x.next();
      switch (ev) {
        case XMLStreamConstants.DTD -> throw error("a DOCTYPE declaration is not allowed (DTDs and entities are refused)");
        case XMLStreamConstants.START_ELEMENT -> {
          if (!ROOT.equals(x.getLocalName())) {
            throw error("expected the root element " + ROOT + ", found " + name());
          }
          return;
        }
        case XMLStreamConstants.END_DOCUMENT -> throw error("expected the root element " + ROOT + ", found no element");
        default -> {
          // comments, processing instructions, white space
        }
      }
    }
  }

  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      try {
        next = readNextChild();
      } catch (XMLStreamException | RuntimeException e) {
        close();
        throw XmlParsing.translate(file, e, x);
      }
      if (next == null) {
        close();
      }
    }
    return next != null;
  }

  @Override
  public Child next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Child c = next;
    next = null;
    return c;
  }

  @Override
  public void close() {
    if (!done) {
      done = true;
      try {
        x.close();
      } catch (XMLStreamException | RuntimeException e) {
        // closing after an error; the first error is what matters
      }
      closeQuietly();
    }
  }

  private void closeQuietly() {
    done = true;
    try {
      input.close();
    } catch (IOException e) {
      // nothing to report beyond the first error
    }
  }

  private @Nullable Child readNextChild() throws XMLStreamException {
    while (true) {
      int ev = nextStructural("element " + ROOT);
      if (ev == XMLStreamConstants.START_ELEMENT) {
        if (!"CHILD".equals(x.getLocalName())) {
          throw error("expected CHILD in " + ROOT + ", found " + name());
        }
        return readChild();
      }
      // END_ELEMENT of the root: nothing may follow but comments and white space
      while (x.hasNext()) {
        int after = x.next();
        if (after == XMLStreamConstants.START_ELEMENT) {
          throw error("content after the end of " + ROOT);
        }
      }
      return null;
    }
  }

  /** Next START_ELEMENT or END_ELEMENT, skipping white space and comments; other text is an error. */
  private int nextStructural(String where) throws XMLStreamException {
    while (true) {
      int ev = x.next();
      switch (ev) {
        case XMLStreamConstants.START_ELEMENT, XMLStreamConstants.END_ELEMENT -> {
          return ev;
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
          if (!x.isWhiteSpace()) {
            throw error("text is not allowed directly in " + where);
          }
        }
        case XMLStreamConstants.ENTITY_REFERENCE -> throw error("undeclared entity reference " + x.getLocalName());
        case XMLStreamConstants.END_DOCUMENT -> throw error("the file ends inside " + where);
        default -> {
          // SPACE, COMMENT, PROCESSING_INSTRUCTION
        }
      }
    }
  }

  private SourceLocation here(String path) {
    Location l = x.getLocation();
    return SourceLocation.builder().file(file).line(l.getLineNumber()).column(l.getColumnNumber()).elementPath(path).build();
  }

  /** The location of the next record of the table: its position among that table's records in the file. */
  private SourceLocation next(Ssda903Table table, SourceLocation at) {
    return ImmutableSourceLocation.copyOf(at).withRecordIndex(tableCounts[table.ordinal()]++);
  }

  private Child readChild() throws XMLStreamException {
    int number = ++childCount;
    String path = "/" + ROOT + "/CHILD[" + number + "]";
    SourceLocation childSource = here(path);
    String[] header = null;
    String[] uasc = new String[2];
    String[] ad1 = new String[Layouts.AD1.width()];
    String[] oc3 = new String[Layouts.OC3.width()];
    SourceLocation headerSource = childSource;
    List<Row> rows = new ArrayList<>();
    int episodes = 0;
    while (nextStructural("CHILD") == XMLStreamConstants.START_ELEMENT) {
      String name = x.getLocalName();
      if ("HEADER".equals(name)) {
        if (header != null) {
          throw error("HEADER appears twice in one CHILD");
        }
        headerSource = here(path + "/HEADER");
        header = new String[Layouts.HEADER.width()];
        readHeader(path + "/HEADER", header, uasc, ad1, oc3, rows);
      } else if ("EPISODE".equals(name)) {
        String p = path + "/EPISODE[" + (++episodes) + "]";
        rows.add(readGroup(Layouts.EPISODES, p));
      } else {
        throw error("expected HEADER or EPISODE in CHILD, found " + name());
      }
    }
    boolean headerRecorded = header != null;
    if (header == null) {
      header = new String[Layouts.HEADER.width()];
    }
    ImmutableChild.Builder child = codecs.readHeader(header, headerRecorded ? next(Ssda903Table.HEADER, headerSource) : childSource);
    child.headerRecorded(headerRecorded);
    readUasc(uasc, child, rows, headerSource);
    addIfAny(Layouts.AD1, ad1, rows, headerSource);
    addIfAny(Layouts.OC3, oc3, rows, headerSource);
    for (Row r : rows) {
      codecs.read(r.layout(), r.values(), RecordCodecs.HeaderFacts.NONE, r.source(), child);
    }
    return child.build();
  }

  /**
   * The XML UASC flag and DUC map to the CSV's UASC table: flag 1 or a DUC makes one UASC record; the
   * flag is kept on the child ({@code uascFlag()}, or unparsed "UASC") only where it says something
   * that record does not: 0 beside a DUC, or text that is not a code. A flag 0 without DUC is what no
   * UASC record means; a blank or missing flag without DUC is kept as blank unparsed text.
   */
  private void readUasc(String[] uasc, ImmutableChild.Builder child, List<Row> rows, SourceLocation source) {
    String flag = uasc[0];
    String duc = uasc[1];
    Optional<UascFlag> code = Texts.isBlank(flag) ? Optional.empty() : Texts.parseCode(UascFlag.CODESET, flag);
    boolean record = code.orElse(null) == UascFlag.YES || !Texts.isBlank(duc);
    if (record) {
      String[] v = new String[Layouts.UASC.width()];
      v[3] = duc;
      rows.add(new Row(Layouts.UASC, v, next(Ssda903Table.UASC, source)));
    }
    if (Texts.isBlank(flag)) {
      if (!record) {
        // Kept as blank text, so that rule 105 can report the missing flag and the writer writes it
        // back blank; a blank flag beside a DUC is implied by the UASC record and written as 1.
        child.putUnparsed("UASC", "");
      }
    } else if (code.isEmpty()) {
      String judged = Texts.judged(flag);
      child.putUnparsed("UASC", judged);
      if (!judged.equals(flag)) {
        child.putAsWritten("UASC", flag);
      }
    } else if (!code.get().code().equals(flag)) {
      child.putAsWritten("UASC", flag);
      if (record && code.get() == UascFlag.NO) {
        child.uascFlag(UascFlag.NO);
      }
    } else if (record && code.get() == UascFlag.NO) {
      child.uascFlag(UascFlag.NO);
    }
  }

  private void addIfAny(TableLayout layout, String[] values, List<Row> rows, SourceLocation source) {
    for (String v : values) {
      if (!Texts.isBlank(v)) {
        rows.add(new Row(layout, values, next(layout.table(), source)));
        return;
      }
    }
  }

  private void readHeader(String path, String[] header, String[] uasc, String[] ad1, String[] oc3, List<Row> rows)
      throws XMLStreamException {
    int[] counts = new int[Ssda903Table.values().length];
    while (nextStructural("HEADER") == XMLStreamConstants.START_ELEMENT) {
      String name = x.getLocalName();
      TableLayout group = HEADER_GROUPS.get(name);
      if (group != null) {
        int n = ++counts[group.table().ordinal()];
        rows.add(readGroup(group, path + "/" + name + "[" + n + "]"));
        continue;
      }
      Slot slot = HEADER_ITEMS.get(name);
      if (slot == null) {
        throw error("unexpected element " + name() + " in HEADER");
      }
      String[] target =
          switch (slot.target()) {
            case HEADER -> header;
            case UASC_FLAG, DUC -> uasc;
            case AD1 -> ad1;
            case OC3 -> oc3;
          };
      int index = slot.target() == Target.DUC ? 1 : slot.index();
      if (target[index] != null) {
        throw error("element " + name + " appears twice in HEADER");
      }
      target[index] = readText(name);
    }
  }

  private Row readGroup(TableLayout layout, String path) throws XMLStreamException {
    SourceLocation source = next(layout.table(), here(path));
    String group = layout.xmlGroup();
    String[] values = new String[layout.width()];
    while (nextStructural(group) == XMLStreamConstants.START_ELEMENT) {
      String name = x.getLocalName();
      int i = layout.xmlIndex(name);
      if (i < 0) {
        throw error("unexpected element " + name() + " in " + group);
      }
      if (values[i] != null) {
        throw error("element " + name + " appears twice in " + group);
      }
      values[i] = readText(name);
    }
    return new Row(layout, values, source);
  }

  /**
   * The text of a leaf element, up to its end tag; "" when empty or self-closing. Text normally comes
   * as one event and is made into a string directly; only text split into several events (long
   * text, CDATA, comments inside) goes through the builder.
   */
  private String readText(String element) throws XMLStreamException {
    int max = limits.maxTextLength();
    String single = "";
    int parts = 0;
    while (true) {
      int ev = x.next();
      switch (ev) {
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          int length = x.getTextLength();
          int have = parts <= 1 ? single.length() : text.length();
          if (have + length > max) {
            throw error("the text of " + element + " is longer than the limit of " + max + " characters");
          }
          if (parts == 0) {
            single = shortText(x.getTextCharacters(), x.getTextStart(), length);
          } else {
            if (parts == 1) {
              text.setLength(0);
              text.append(single);
            }
            text.append(x.getTextCharacters(), x.getTextStart(), length);
          }
          parts++;
        }
        case XMLStreamConstants.END_ELEMENT -> {
          return parts <= 1 ? single : text.toString();
        }
        case XMLStreamConstants.START_ELEMENT -> throw error("element " + element + " holds text only, found element " + name());
        case XMLStreamConstants.ENTITY_REFERENCE -> throw error("undeclared entity reference " + x.getLocalName());
        case XMLStreamConstants.END_DOCUMENT -> throw error("the file ends inside " + element);
        default -> {
          // comments and processing instructions
        }
      }
    }
  }

  /** Strings of at most this many characters are shared through {@link #shortTexts}. */
  private static final int SHORT = 4;

  /**
   * Recent short texts (codes such as "S", "C2", "U1" repeat on every record), keyed by a hash of
   * their characters and checked in full: a hit returns an equal string without allocating.
   */
  private final String[] shortTexts = new String[512];

  private String shortText(char[] chars, int start, int length) {
    if (length == 0) {
      return "";
    }
    if (length > SHORT) {
      return new String(chars, start, length);
    }
    int h = 0;
    for (int i = start; i < start + length; i++) {
      h = 31 * h + chars[i];
    }
    int slot = (h ^ (h >>> 9)) & (shortTexts.length - 1);
    String known = shortTexts[slot];
    if (known != null && known.length() == length) {
      boolean same = true;
      for (int i = 0; i < length; i++) {
        if (known.charAt(i) != chars[start + i]) {
          same = false;
          break;
        }
      }
      if (same) {
        return known;
      }
    }
    String made = new String(chars, start, length);
    shortTexts[slot] = made;
    return made;
  }

  /** An element name for messages: names are the format's vocabulary, but cap an odd one's length. */
  private String name() {
    String n = x.getLocalName();
    return n.length() > 40 ? n.substring(0, 40) + "…" : n;
  }

  private FormatException error(String problem) {
    Location l = x.getLocation();
    return new FormatException(XmlParsing.location(file, l), problem);
  }



}
