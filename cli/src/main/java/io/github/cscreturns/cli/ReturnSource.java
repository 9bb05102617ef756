package io.github.cscreturns.cli;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.serialization.FormatException;
import io.github.cscreturns.serialization.ssda903.ChildReader;
import io.github.cscreturns.serialization.ssda903.Ssda903Csv;
import io.github.cscreturns.serialization.ssda903.Ssda903Xml;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

/**
 * Where {@code csc validate} gets its children from: an SSDA903 XML file (streamed), or a folder
 * holding the CSV file set. The default is the serialization module's readers; the seam keeps the
 * command testable.
 */
interface ReturnSource {

  /**
   * Opens the return at {@code input} (a file: XML; a folder: CSV file set) for the year. A problem
   * found while iterating surfaces as {@link UnusableInputRuntime}.
   *
   * @throws UnusableInputException naming file, line and column, when the input cannot be read
   */
  Children open(Path input, CollectionYear year) throws UnusableInputException;

  /** Children read from an input, in input order; close to release the input. */
  interface Children extends Iterator<Child>, AutoCloseable {
    @Override
    void close();

    /** Children already in memory. */
    static Children of(List<Child> children) {
      Iterator<Child> it = children.iterator();
      return new Children() {
        @Override
        public boolean hasNext() {
          return it.hasNext();
        }

        @Override
        public Child next() {
          return it.next();
        }

        @Override
        public void close() {}
      };
    }
  }

  /** Input that cannot be validated at all; the message is one line and names file, line and column where known. */
  final class UnusableInputException extends Exception {
    private static final long serialVersionUID = 1L;

    UnusableInputException(String message) {
      super(message);
    }
  }

  /** Unusable input met while streaming children (a reader failing part way); one line, with the location. */
  final class UnusableInputRuntime extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnusableInputRuntime(String message) {
      super(message);
    }
  }

  /**
   * Opens an SSDA903 XML return read from standard input ({@code -}), named {@code <stdin>} in
   * messages and findings. A CSV file set cannot be piped: it is a folder.
   *
   * @throws UnusableInputException naming line and column, when the input cannot be read
   */
  default Children openStandardInput(java.io.InputStream in, CollectionYear year) throws UnusableInputException {
    try {
      return streamed(Ssda903Xml.reader(in, Inputs.STDIN), Path.of("-"));
    } catch (FormatException e) {
      throw new UnusableInputException(Inputs.located(Path.of("-"), e));
    }
  }

  /** A streaming reader's children; a problem part way names the input as given. */
  private static Children streamed(ChildReader reader, Path given) {
    return new Children() {
      @Override
      public boolean hasNext() {
        try {
          return reader.hasNext();
        } catch (FormatException e) {
          throw new UnusableInputRuntime(Inputs.located(given, e));
        }
      }

      @Override
      public Child next() {
        try {
          return reader.next();
        } catch (FormatException e) {
          throw new UnusableInputRuntime(Inputs.located(given, e));
        }
      }

      @Override
      public void close() {
        reader.close();
      }
    };
  }

  /** The readers of the serialization module: a folder is a CSV file set, a file is DfE XML; messages name the path as given. */
  ReturnSource DEFAULT =
      (input, year) -> {
        if (!Files.exists(input)) {
          throw new UnusableInputException("No such file or folder: " + Inputs.shown(input));
        }
        try {
          if (Files.isDirectory(input)) {
            // the file set's rows are held, each child made only as it is validated
            return streamed(Ssda903Csv.reader(input), input);
          }
          return streamed(Ssda903Xml.reader(input), input);
        } catch (FormatException e) {
          throw new UnusableInputException(Inputs.located(input, e));
        }
      };
}
