package io.github.cscreturns.serialization.csww;

import io.github.cscreturns.core.csww.CensusHeader;
import io.github.cscreturns.core.csww.CensusSource;
import io.github.cscreturns.core.csww.LaLevelVacancies;
import io.github.cscreturns.core.csww.SocialWorker;
import io.github.cscreturns.core.csww.WorkforceReturn;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a CSWW census file in the DfE XML format of the 2022 schema, streaming: the start (header and
 * local-authority-level items), then worker records one at a time, then {@link #close()}.
 *
 * <p>Elements are written in schema order, indented by two spaces, in UTF-8. A typed value is written
 * in its canonical form (decimals in plain notation with their scale, dates yyyy-mm-dd, codes as the
 * DfE writes them); where a record kept raw text instead ({@code unparsed()}), that text is written
 * as it came, so reading then writing gives the file's values back. Not thread-safe.
 *
 * @since 2021-22
 */
public final class CswwXmlWriter implements AutoCloseable {
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory(); // the JDK writer, whatever else is on the class path

  private final XMLStreamWriter xml;
  private final OutputStream out;
  private boolean started;
  private boolean closed;

  private CswwXmlWriter(OutputStream out) {
    this.out = out;
    try {
      this.xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
    } catch (XMLStreamException e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }

  /**
   * A writer to the stream, which {@link #close()} flushes but does not close.
   *
   * @param out the output
   * @return a writer to the stream, which {@link #close()} flushes but does not close
   */
  public static CswwXmlWriter open(OutputStream out) {
    return new CswwXmlWriter(out);
  }

  /**
   * Writes a whole return.
   *
   * @param census the census
   * @param out the output
   */
  public static void write(WorkforceReturn census, OutputStream out) {
    try (CswwXmlWriter w = open(out)) {
      w.writeStart(census.header(), census.laLevelVacancies());
      census.workers().forEach(w::write);
    }
  }

  /**
   * A whole return as XML text.
   *
   * @param census the census
   * @return a whole return as XML text
   */
  public static String toXml(WorkforceReturn census) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    write(census, bytes);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /**
   * Writes the XML declaration, the root element, the header and the LALevelVacancies.
   *
   * @param header the header
   * @param laLevel the la level
   * @return this writer, for the worker records
   */
  public CswwXmlWriter writeStart(Optional<CensusHeader> header, Optional<LaLevelVacancies> laLevel) {
    if (started) {
      throw new IllegalStateException("The start of the file is already written");
    }
    started = true;
    run(() -> {
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("Message");
      if (header.isPresent()) {
        writeHeader(header.get());
      }
      if (laLevel.isPresent()) {
        writeRecord(Formats.LA_LEVEL, laLevel.get(), 1);
      }
    });
    return this;
  }

  /**
   * Writes one worker record.
   *
   * @param worker the worker record
   * @return this writer
   */
  public CswwXmlWriter write(SocialWorker worker) {
    if (!started) {
      writeStart(Optional.empty(), Optional.empty());
    }
    run(() -> writeRecord(Formats.WORKER, worker, 1));
    return this;
  }

  /** Ends the file and flushes it; the stream stays open. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (!started) {
      writeStart(Optional.empty(), Optional.empty());
    }
    run(() -> {
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
      xml.close();
    });
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void writeHeader(CensusHeader header) throws XMLStreamException {
    indent(1);
    xml.writeStartElement("Header");
    boolean details = !header.unparsed().isEmpty() || header.collection().isPresent()
        || header.year().isPresent() || header.referenceDate().isPresent();
    if (details) {
      writeRecord(Formats.COLLECTION_DETAILS, header, 2);
    }
    for (CensusSource source : header.sources()) {
      writeRecord(Formats.SOURCE, source, 2);
    }
    indent(1);
    xml.writeEndElement();
  }

  private <R, B> void writeRecord(RecordFormat<R, B> format, R record, int depth) throws XMLStreamException {
    indent(depth);
    xml.writeStartElement(format.element);
    for (Item<R, B, ?> item : format.items) {
      List<String> texts = format.textsOf(record, item);
      for (String text : texts) {
        indent(depth + 1);
        xml.writeStartElement(item.element());
        xml.writeCharacters(text);
        xml.writeEndElement();
      }
    }
    indent(depth);
    xml.writeEndElement();
  }

  private void indent(int depth) throws XMLStreamException {
    xml.writeCharacters("\n" + "  ".repeat(depth));
  }

  private interface XmlAction {
    void run() throws XMLStreamException;
  }

  private static void run(XmlAction action) {
    try {
      action.run();
    } catch (XMLStreamException e) {
      throw new UncheckedIOException(new IOException(e.getMessage(), e));
    }
  }
}
