package io.github.cscreturns.serialization.csww;

import io.github.cscreturns.serialization.internal.InputLimitExceeded;
import io.github.cscreturns.serialization.internal.MarkupBoundedInputStream;
import io.github.cscreturns.serialization.internal.XmlParsing;
import io.github.cscreturns.core.SourceLocation;
import io.github.cscreturns.core.csww.CensusHeader;
import io.github.cscreturns.core.csww.ImmutableCensusHeader;
import io.github.cscreturns.core.csww.LaLevelVacancies;
import io.github.cscreturns.core.csww.SocialWorker;
import io.github.cscreturns.core.csww.WorkforceReturn;
import io.github.cscreturns.serialization.FormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a CSWW census file in the DfE XML format of the 2022 schema, streaming: the header and the
 * local-authority-level items are read on opening, then worker records one at a time with
 * {@link #nextWorker()}, so memory is bounded by one record, not the file.
 *
 * <pre>{@code
 * try (CswwXmlReader reader = CswwXmlReader.open(in, "return.xml")) {
 *   reader.laLevelVacancies();
 *   for (Optional<SocialWorker> w = reader.nextWorker(); w.isPresent(); w = reader.nextWorker()) { ... }
 * }
 * }</pre>
 *
 * <p>Values never cause an exception: one that does not parse into its type is kept as written in the
 * record's {@code unparsed()} map, for validation to report and the writer to write back. Elements of a
 * record may come in any order. Structure that the schema does not allow (another root element, an
 * unknown element, an item twice where it may appear once, text or elements inside a value, a DTD)
 * and XML that is not well-formed raise an {@link FormatException} with the line and column.
 *
 * <p>Safe for untrusted input: DTDs and external entities are refused, a value may hold at most
 * {@value #MAX_TEXT_LENGTH} characters and a record at most {@value #MAX_ELEMENTS_PER_RECORD}
 * elements. Not thread-safe.
 *
 * @since 2021-22
 */
public final class CswwXmlReader implements AutoCloseable {
  /** The longest value text accepted, in characters. */
  public static final int MAX_TEXT_LENGTH = 10_000;

  /** Bytes in one comment, CDATA section, processing instruction or tag with its attributes, at most. */
  public static final int MAX_MARKUP_BYTES = 1024 * 1024;

  /** The most elements accepted in one record. */
  public static final int MAX_ELEMENTS_PER_RECORD = 1_000;

  private static final XMLInputFactory FACTORY = secureFactory();

  private final XMLStreamReader xml;
  private final String source;
  private final String fileName;
  private int workersRead;
  private final Optional<CensusHeader> header;
  private final Optional<LaLevelVacancies> laLevel;
  private boolean finished;

  private CswwXmlReader(XMLStreamReader xml, String source) {
    this.xml = xml;
    this.source = source;
    this.fileName = fileName(source);
    String root = nextElement().orElseThrow(() -> error("The file has no root element; expected Message"));
    if (!root.equals("Message")) {
      throw error("The root element is " + root + "; expected Message");
    }
    Optional<String> next = nextElement();
    Optional<CensusHeader> h = Optional.empty();
    if (next.filter("Header"::equals).isPresent()) {
      h = Optional.of(readHeader());
      next = nextElement();
    }
    this.header = h;
    Optional<LaLevelVacancies> la = Optional.empty();
    if (next.filter("LALevelVacancies"::equals).isPresent()) {
      la = Optional.of(readRecord(Formats.LA_LEVEL, true));
      next = nextElement();
    }
    this.laLevel = la;
    expectWorkerOrEnd(next);
  }

  /**
   * Opens a census file for reading and reads its header and local-authority-level items.
   *
   * @param in the XML bytes; the encoding is taken from the XML declaration (UTF-8 without one).
   * Closed by {@link #close()}.
   * @param source the file name or other description, for messages
   * @return the open reader, positioned at the first worker record
   * @throws FormatException if the file does not start as a census file should
   */
  public static CswwXmlReader open(InputStream in, String source) {
    try {
      return new CswwXmlReader(XmlParsing.open(FACTORY, new MarkupBoundedInputStream(in, MAX_MARKUP_BYTES)), source);
    } catch (XMLStreamException e) {
      throw wrap(source, e);
    }
  }

  /**
   * Reads a whole census file into memory.
   *
   * @param file the file
   * @return the census as read
   */
  public static WorkforceReturn read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, String.valueOf(file.getFileName()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a whole census file into memory.
   *
   * @param in the input
   * @param source where the input comes from
   * @return the census as read
   */
  public static WorkforceReturn read(InputStream in, String source) {
    try (CswwXmlReader reader = open(in, source)) {
      var b = WorkforceReturn.builder().header(reader.header()).laLevelVacancies(reader.laLevelVacancies());
      for (Optional<SocialWorker> w = reader.nextWorker(); w.isPresent(); w = reader.nextWorker()) {
        b.addWorkers(w.get());
      }
      return b.build();
    }
  }

  /**
   * The file's header, if it has one (the schema makes it optional).
   *
   * @return the file's header, if it has one (the schema makes it optional)
   */
  public Optional<CensusHeader> header() {
    return header;
  }

  /**
   * The file's LALevelVacancies, if it has them (the schema requires them).
   *
   * @return the file's LALevelVacancies, if it has them (the schema requires them)
   */
  public Optional<LaLevelVacancies> laLevelVacancies() {
    return laLevel;
  }

  /**
   * The next worker record, or nothing at the end of the file.
   *
   * @return the next worker record, or nothing at the end of the file
   * @throws FormatException if the rest of the file is not as the schema allows
   */
  public Optional<SocialWorker> nextWorker() {
    if (finished) {
      return Optional.empty();
    }
    SocialWorker worker = readRecord(Formats.WORKER, true);
    expectWorkerOrEnd(nextElement());
    return Optional.of(worker);
  }

  @Override
  public void close() {
    try {
      xml.close();
    } catch (XMLStreamException e) {
      throw wrap(source, e);
    }
  }

  private void expectWorkerOrEnd(Optional<String> next) {
    if (next.isEmpty()) {
      finished = true;
      expectEndOfDocument();
    } else if (!next.get().equals("CSWWWorker")) {
      throw error("Unexpected element " + next.get() + " in Message; expected "
          + (header.isEmpty() && laLevel.isEmpty() ? "Header, LALevelVacancies or " : laLevel.isEmpty() ? "LALevelVacancies or " : "")
          + "CSWWWorker");
    }
  }

  private CensusHeader readHeader() {
    ImmutableCensusHeader.Builder b = CensusHeader.builder();
    boolean details = false;
    boolean sourcesSeen = false;
    for (Optional<String> child = nextElement(); child.isPresent(); child = nextElement()) {
      switch (child.get()) {
        case "CollectionDetails" -> {
          if (details || sourcesSeen) {
            throw error("CollectionDetails must come once, before Source, in Header");
          }
          details = true;
          CensusHeader d = readRecord(Formats.COLLECTION_DETAILS, false);
          b.from(d);
        }
        case "Source" -> {
          sourcesSeen = true;
          b.addSources(readRecord(Formats.SOURCE, false));
        }
        default -> throw error("Unexpected element " + child.get() + " in Header; expected CollectionDetails or Source");
      }
    }
    return b.build();
  }

  /** Reads the children of the current element into a record; positioned on its start tag. */
  private <R, B> R readRecord(RecordFormat<R, B> format, boolean located) {
    Location start = xml.getLocation();
    B builder = format.builder.get();
    Map<String, String> unparsed = new LinkedHashMap<>();
    Map<String, Integer> occurrences = new HashMap<>();
    int elements = 0;
    for (Optional<String> child = nextElement(); child.isPresent(); child = nextElement()) {
      String name = child.get();
      Item<R, B, ?> item = format.byElement(name).orElseThrow(
          () -> error("Unexpected element " + name + " in " + format.element + "; expected one of " + format.elementNames()));
      if (++elements > MAX_ELEMENTS_PER_RECORD) {
        throw error(format.element + " has more than " + MAX_ELEMENTS_PER_RECORD + " elements");
      }
      int index = occurrences.merge(name, 1, Integer::sum) - 1;
      if (!item.repeated() && index > 0) {
        throw error(name + " appears more than once in " + format.element + "; the schema allows it once");
      }
      String text = readText(name);
      if (!item.accept(builder, text)) {
        unparsed.put(item.repeated() ? RecordFormat.indexedKey(name, index) : name, text);
      }
    }
    format.putUnparsed.accept(builder, unparsed);
    if (located) {
      boolean worker = format == Formats.WORKER;
      var location = SourceLocation.builder().file(fileName).line(start.getLineNumber()).column(start.getColumnNumber())
          .elementPath("/Message/" + format.element + (worker ? "[" + (workersRead + 1) + "]" : ""));
      if (worker) {
        location.recordIndex(workersRead++);
      }
      setLocation(builder, location.build());
    }
    return format.build.apply(builder);
  }

  /** The last segment of a path-like source: locations carry no directories, which can be personal. */
  private static String fileName(String source) {
    int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
    return slash >= 0 && slash < source.length() - 1 ? source.substring(slash + 1) : source;
  }

  private static void setLocation(Object builder, SourceLocation location) {
    if (builder instanceof io.github.cscreturns.core.csww.ImmutableSocialWorker.Builder w) {
      w.location(location);
    } else if (builder instanceof io.github.cscreturns.core.csww.ImmutableLaLevelVacancies.Builder l) {
      l.location(location);
    }
  }

  /** The text of a value element, positioned on its start tag; leaves the reader on its end tag. */
  private String readText(String element) {
    StringBuilder text = new StringBuilder();
    try {
      while (true) {
        int event = xml.next();
        switch (event) {
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
            if (text.length() + xml.getTextLength() > MAX_TEXT_LENGTH) {
              throw error(element + " holds more than " + MAX_TEXT_LENGTH + " characters");
            }
            text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
          }
          case XMLStreamConstants.END_ELEMENT -> {
            return text.toString();
          }
          case XMLStreamConstants.START_ELEMENT ->
              throw error("Unexpected element " + xml.getLocalName() + " inside " + element + "; a value holds text only");
          case XMLStreamConstants.COMMENT, XMLStreamConstants.PROCESSING_INSTRUCTION -> {}
          case XMLStreamConstants.ENTITY_REFERENCE -> throw error("Entity references are not allowed");
          default -> throw error("Unexpected content inside " + element);
        }
      }
    } catch (XMLStreamException e) {
      throw wrap(source, e);
    }
  }

  /**
   * Moves to the next child start tag of the current element and gives its local name, or nothing
   * when the current element ends. Only white space, comments and processing instructions may lie
   * between elements.
   */
  private Optional<String> nextElement() {
    try {
      while (xml.hasNext()) {
        int event = xml.next();
        switch (event) {
          case XMLStreamConstants.START_ELEMENT -> {
            return Optional.of(xml.getLocalName());
          }
          case XMLStreamConstants.END_ELEMENT, XMLStreamConstants.END_DOCUMENT -> {
            return Optional.empty();
          }
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
            if (!xml.isWhiteSpace()) {
              throw error("Unexpected text between elements");
            }
          }
          case XMLStreamConstants.DTD -> throw error("DTDs are not allowed in a census file");
          case XMLStreamConstants.ENTITY_REFERENCE -> throw error("Entity references are not allowed");
          default -> {}
        }
      }
      return Optional.empty();
    } catch (XMLStreamException e) {
      throw wrap(source, e);
    }
  }

  private void expectEndOfDocument() {
    try {
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          throw error("Unexpected element " + xml.getLocalName() + " after Message");
        }
      }
    } catch (XMLStreamException e) {
      throw wrap(source, e);
    }
  }

  private FormatException error(String problem) {
    Location l = xml.getLocation();
    return new FormatException(at(source, l.getLineNumber(), l.getColumnNumber()), problem);
  }

  private static io.github.cscreturns.core.SourceLocation at(String source, int line, int column) {
    var b = io.github.cscreturns.core.SourceLocation.builder().file(source);
    if (line > 0) {
      b.line(line);
      if (column > 0) {
        b.column(column);
      }
    }
    return b.build();
  }

  private static FormatException wrap(String source, XMLStreamException e) {
    Location l = e.getLocation();
    var undecodable = XmlParsing.undecodable(e);
    if (undecodable.isPresent()) {
      return new FormatException(at(source, undecodable.get().line(), undecodable.get().column()),
          "the bytes are not valid in the file's encoding", e);
    }
    String problem = XmlParsing.isDecodingError(e)
        ? "the bytes are not valid in the file's encoding"
        : "Not well-formed XML: " + XmlParsing.parserMessage(e);
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InputLimitExceeded) {
        problem = t.getMessage();
        break;
      }
    }
    return new FormatException(at(source, l == null ? -1 : l.getLineNumber(), l == null ? -1 : l.getColumnNumber()), problem, e);
  }

  /** The module's hardened factory, with entity references kept as written and the JDK's own limits. */
  private static XMLInputFactory secureFactory() {
    XMLInputFactory f = XmlParsing.secureFactory();
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    // JDK limits, where the implementation knows them: a census file nests four deep.
    setIfSupported(f, "jdk.xml.maxElementDepth", 64);
    setIfSupported(f, "jdk.xml.elementAttributeLimit", 100);
    return f;
  }

  private static void setIfSupported(XMLInputFactory f, String property, int value) {
    try {
      f.setProperty(property, value);
    } catch (IllegalArgumentException e) {
      // Another StAX implementation: the structural checks and MAX_TEXT_LENGTH still bound the input.
    }
  }
}
