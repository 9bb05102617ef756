package io.github.cscreturns.serialization.ssda903;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.serialization.ssda903.internal.XmlChildWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes children one at a time as a DfE SSDA903 XML file (UTF-8) for a collection year; {@link
 * #close()} ends the document and closes the stream. See {@link Ssda903Xml} for what the layout can
 * and cannot hold.
 *
 * @since 2013-14
 */
public final class Ssda903XmlWriter implements AutoCloseable {
  private final BufferedWriter out;
  private final XmlChildWriter writer;
  private boolean closed;

  Ssda903XmlWriter(OutputStream stream, CollectionYear year) {
    this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    try {
      this.writer = new XmlChildWriter(out, year);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes one child.
   *
   * @param child the child
   * @return this writer
   * @throws IllegalArgumentException if the child has what the XML cannot hold: more than one UASC, AD1
   * or OC3 record, or text with a character XML 1.0 forbids
   */
  public Ssda903XmlWriter write(Child child) {
    try {
      writer.write(child);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /**
   * Writes every child.
   *
   * @param children the children
   * @return this writer
   */
  public Ssda903XmlWriter writeAll(Iterable<Child> children) {
    for (Child c : children) {
      write(c);
    }
    return this;
  }

  /** Ends the document and closes the stream. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try (out) {
      writer.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
