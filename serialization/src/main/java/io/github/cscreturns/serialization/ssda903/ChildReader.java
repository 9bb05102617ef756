package io.github.cscreturns.serialization.ssda903;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.serialization.FormatException;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Children read one at a time from a file, in file order, so memory stays bounded by the largest
 * child rather than the file. {@link #hasNext()} and {@link #next()} throw {@link FormatException}
 * (with file, line and column) at the first problem with the input; after that the reader is done.
 * Close it to release the file.
 *
 * <pre>{@code
 * try (ChildReader children = Ssda903Xml.reader(Path.of("return.xml"))) {
 *   while (children.hasNext()) {
 *     Child child = children.next();
 *   }
 * }
 * }</pre>
 *
 * @since 2013-14
 */
public interface ChildReader extends Iterator<Child>, AutoCloseable {
  /**
   * The remaining children as a sequential stream; closing the stream closes the reader.
   *
   * @return the remaining children as a sequential stream
   */
  default Stream<Child> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(this::close);
  }

  /** Releases the input; further calls find no more children. */
  @Override
  void close();
}
