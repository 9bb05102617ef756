package io.github.cscreturns.serialization.cin;

import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinHeader;
import io.github.cscreturns.serialization.FormatException;
import java.util.Iterator;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The children of a CIN census return read one at a time, in file order, after its header, so that
 * memory stays bounded by the largest child rather than the file. {@link #hasNext()} and {@link
 * #next()} throw {@link FormatException} (with file, line and column) at the first problem with the
 * input; after that the reader is done. Close it to release the file.
 *
 * <pre>{@code
 * try (CinChildReader children = CinXml.reader(Path.of("cin.xml"))) {
 *   Optional<LocalDate> referenceDate = children.header().flatMap(CinHeader::referenceDate);
 *   children.forEachRemaining(child -> ...);
 * }
 * }</pre>
 *
 * @since 2022-23
 */
public interface CinChildReader extends Iterator<CinChild>, AutoCloseable {
  /**
   * The return's header, read when the reader was opened; empty when the file has no Header element.
   *
   * @return the return's header, read when the reader was opened
   */
  Optional<CinHeader> header();

  /**
   * The remaining children as a sequential stream; closing the stream closes the reader.
   *
   * @return the remaining children as a sequential stream
   */
  default Stream<CinChild> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(this::close);
  }

  /** Releases the input; further calls find no more children. */
  @Override
  void close();
}
