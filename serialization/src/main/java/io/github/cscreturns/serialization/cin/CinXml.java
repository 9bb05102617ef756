package io.github.cscreturns.serialization.cin;

import io.github.cscreturns.core.SourceLocation;
import io.github.cscreturns.core.cin.CinHeader;
import io.github.cscreturns.core.cin.CinReturn;
import io.github.cscreturns.core.cin.ImmutableCinReturn;
import io.github.cscreturns.serialization.FormatException;
import io.github.cscreturns.serialization.ReadLimits;
import io.github.cscreturns.serialization.cin.internal.CinXmlReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The DfE's CIN census XML: root {@code Message} (no namespace) with a {@code Header} and {@code
 * Children}, one {@code Child} per child with ChildIdentifiers, ChildCharacteristics and its
 * CINdetails (element names as in the DfE's CIN schemas, 2022-23 on; {@code Sex} in place of {@code
 * GenderCurrent} from 2024-25).
 *
 * <pre>{@code
 * try (CinChildReader children = CinXml.reader(Path.of("cin.xml"))) {
 *   children.forEachRemaining(child -> ...);
 * }
 * CinReturn whole = CinXml.read(Path.of("cin.xml"));
 * CinXml.write(Path.of("copy.xml"), whole);
 * }</pre>
 *
 * <p>Reading streams one child at a time after the header, refuses DTDs and entities, honours the
 * encoding of the BOM or XML declaration, and throws one {@link FormatException} naming line and
 * column for a malformed, truncated, hostile or mis-encoded file. Values are typed only where their
 * text is exactly the DfE's spelling; any other text (blank included: an empty or self-closing
 * element) is kept on the record ({@code unparsed()}), never refused, and written back as read.
 *
 * <p>What the SDK does not hold: a second {@code Source} in the Header (the schema allows several;
 * the census has one, and such a file is refused rather than read in part), and elements outside the
 * census (the provisional 2026-27 PreProceedingsandFGDM block among them), which are refused.
 *
 * @since 2022-23
 */
public final class CinXml {
  private CinXml() {}

  /**
   * Reads the return from the stream, one child at a time; {@code fileName} names the input in locations and errors.
   *
   * @param in the input
   * @param fileName the file name
   * @return a reader of the return, one child at a time
   */
  public static CinChildReader reader(InputStream in, String fileName) {
    return reader(in, fileName, ReadLimits.defaults());
  }

  /**
   * As {@link #reader(InputStream, String)}, within the given limits.
   *
   * @param in the input
   * @param fileName the file name
   * @param limits the bounds on the input
   * @return as {@link #reader(InputStream, String)}, within the given limits
   */
  public static CinChildReader reader(InputStream in, String fileName, ReadLimits limits) {
    return new CinXmlReader(in, fileName, limits);
  }

  /**
   * Reads the return from the file, which the reader closes.
   *
   * @param file the file
   * @return a reader of the return, one child at a time
   */
  public static CinChildReader reader(Path file) {
    return reader(file, ReadLimits.defaults());
  }

  /**
   * As {@link #reader(Path)}, within the given limits.
   *
   * @param file the file
   * @param limits the bounds on the input
   * @return as {@link #reader(Path)}, within the given limits
   */
  public static CinChildReader reader(Path file, ReadLimits limits) {
    String name = String.valueOf(file.getFileName());
    InputStream in;
    try {
      in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    } catch (IOException e) {
      throw new FormatException(SourceLocation.builder().file(name).build(), "cannot open the file: " + e.getClass().getSimpleName(), e);
    }
    return reader(in, name, limits);
  }

  /**
   * Reads the whole return into memory (for large returns, stream with {@link #reader(Path)}).
   *
   * @param file the file
   * @return the return, every child read
   */
  public static CinReturn read(Path file) {
    try (CinChildReader r = reader(file)) {
      return collect(r);
    }
  }

  /**
   * Reads the whole return from the stream into memory.
   *
   * @param in the input
   * @param fileName the file name
   * @return the return, every child read
   */
  public static CinReturn read(InputStream in, String fileName) {
    try (CinChildReader r = reader(in, fileName)) {
      return collect(r);
    }
  }

  private static CinReturn collect(CinChildReader r) {
    ImmutableCinReturn.Builder b = CinReturn.builder().header(r.header());
    r.forEachRemaining(b::addChildren);
    return b.build();
  }

  /**
   * A writer to the stream (UTF-8) that starts with the header, if any; {@link CinXmlWriter#close()} closes the stream.
   *
   * @param out the output
   * @param header the header
   * @return a writer to the stream (UTF-8) that starts with the header, if any
   */
  public static CinXmlWriter writer(OutputStream out, Optional<CinHeader> header) {
    return new CinXmlWriter(out, header);
  }

  /**
   * Writes the return to the stream, and closes it.
   *
   * @param out the output
   * @param cin the cin
   */
  public static void write(OutputStream out, CinReturn cin) {
    try (CinXmlWriter w = writer(out, cin.header())) {
      w.writeAll(cin.children());
    }
  }

  /**
   * Writes the return to a file.
   *
   * @param file the file
   * @param cin the cin
   */
  public static void write(Path file, CinReturn cin) {
    try {
      write(Files.newOutputStream(file), cin);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
