package io.github.cscreturns.serialization.ssda903;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.SourceLocation;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.serialization.FormatException;
import io.github.cscreturns.serialization.ReadLimits;
import io.github.cscreturns.serialization.ssda903.internal.XmlChildReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The DfE SSDA903 XML file: root {@code EXPSSDA903}, one {@code CHILD} per child with its {@code
 * HEADER} and sibling {@code EPISODE}s (element names as in CLA.xsd).
 *
 * <pre>{@code
 * try (ChildReader children = Ssda903Xml.reader(Path.of("return.xml"))) {
 *   children.forEachRemaining(child -> ...);
 * }
 * try (Ssda903XmlWriter out = Ssda903Xml.writer(Files.newOutputStream(path), CollectionYear.Y2024_25)) {
 *   out.writeAll(children);
 * }
 * }</pre>
 *
 * <p>Reading streams one child at a time, refuses DTDs and entities, honours the encoding of the BOM
 * or XML declaration, and throws one {@link FormatException} naming line and column for a malformed,
 * truncated, hostile or mis-encoded file. Values that do not parse are kept as text ({@code
 * unparsed()}), never refused.
 *
 * <p>Mapping to the model (and so to the CSV file set):
 * <ul>
 *   <li>CHILDID is item CHILD, PL is PLACE; the OC3 and AD1 items under HEADER become one {@code
 *       CareLeaverCheckpoint} / {@code Adoption} record when any of them has text.
 *   <li>UASC flag and DUC: flag 1 or a DUC gives one {@code Uasc} record (DUC its ceased date). The
 *       flag itself is kept ({@code Child.uascFlag()}, or unparsed text "UASC") only where that record
 *       does not imply it: 0 beside a DUC, or text that is not a code. The writer writes flag 1 for a
 *       child with a UASC record, 0 without, unless the child keeps its own flag. CSV has no flag
 *       column, so only a kept flag is lost on the way to CSV.
 *   <li>SWEpisodes and DoLo (no DfE element names yet) are the SDK's groups {@code SW_EPISODE}
 *       (SW_ID, SW_DECOM, SW_DEC, SW_REASON) and {@code DOLO} (DOLO_START, DOLO_END) under HEADER,
 *       written only for 2023-24 on and 2026-27 on respectively.
 *   <li>The XML has no per-record DOB, so a record's own {@code dob()} (and a UASC record's {@code
 *       sex()}), which only CSV rows carry, is not written.
 * </ul>
 *
 * @since 2013-14
 */
public final class Ssda903Xml {
  private Ssda903Xml() {}

  /**
   * Reads children from the stream; {@code fileName} names the input in locations and errors.
   *
   * @param in the input
   * @param fileName the file name
   * @return the reader of the stream's children
   */
  public static ChildReader reader(InputStream in, String fileName) {
    return reader(in, fileName, ReadLimits.defaults());
  }

  /**
   * Reads children from the stream within the given bounds.
   *
   * @param in the stream, which the reader closes
   * @param fileName the name errors give as the input's location
   * @param limits the bounds on the input
   * @return the reader of the stream's children
   */
  public static ChildReader reader(InputStream in, String fileName, ReadLimits limits) {
    return new XmlChildReader(in, fileName, limits);
  }

  /**
   * Reads children from the file, which the reader closes.
   *
   * @param file the file
   * @return the reader of the file's children
   */
  public static ChildReader reader(Path file) {
    return reader(file, ReadLimits.defaults());
  }

  /**
   * Reads children from the file within the given bounds; the reader closes the file.
   *
   * @param file the return's XML file
   * @param limits the bounds on the input
   * @return the reader of the file's children
   */
  public static ChildReader reader(Path file, ReadLimits limits) {
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
   * A writer of the year's layout to the stream (UTF-8), which {@link Ssda903XmlWriter#close()} closes.
   *
   * @param out the output
   * @param year the collection year
   * @return a writer of the year's layout to the stream (UTF-8), which {@link
   *     Ssda903XmlWriter#close()} closes
   */
  public static Ssda903XmlWriter writer(OutputStream out, CollectionYear year) {
    return new Ssda903XmlWriter(out, year);
  }

  /**
   * Writes the children to a file in the year's layout.
   *
   * @param file the file
   * @param year the collection year
   * @param children the children
   */
  public static void write(Path file, CollectionYear year, Iterable<Child> children) {
    try (Ssda903XmlWriter w = writer(Files.newOutputStream(file), year)) {
      w.writeAll(children);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
