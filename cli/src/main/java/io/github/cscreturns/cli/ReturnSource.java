package io.github.cscreturns.cli;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ssda903.Child;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * Where {@code csc validate} gets its children from: an SSDA903 XML file, or a folder holding the CSV
 * file set. Reading is the serialization module's; this seam keeps the command testable and lets the
 * readers be wired in one place.
 */
interface ReturnSource {

  /**
   * Opens the return at {@code input} (a file: XML; a folder: CSV file set) for the year.
   *
   * @throws UnusableInputException naming file, line and column, when the input cannot be read
   */
  Iterator<Child> open(Path input, CollectionYear year) throws UnusableInputException;

  /** Input that cannot be validated at all; the message is one line and names file, line and column where known. */
  final class UnusableInputException extends Exception {
    private static final long serialVersionUID = 1L;

    UnusableInputException(String message) {
      super(message);
    }
  }

  /** The readers of the serialization module. */
  ReturnSource DEFAULT =
      (input, year) -> {
        if (!Files.exists(input)) {
          throw new UnusableInputException("No such file or folder: " + input.getFileName());
        }
        // TODO(serialization): wire to the readers once the serialization branch is merged:
        //   Files.isDirectory(input) ? Ssda903Csv.read(input).iterator() : Ssda903Xml.reader(input)
        // turning their FormatException (file, line, column) into UnusableInputException.
        throw new UnusableInputException(
            "Reading SSDA903 returns is not available in this build yet (the serialization readers are not merged): "
                + input.getFileName());
      };
}
