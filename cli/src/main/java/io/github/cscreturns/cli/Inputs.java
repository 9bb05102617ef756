package io.github.cscreturns.cli;

import io.github.cscreturns.core.SourceLocation;
import io.github.cscreturns.serialization.FormatException;
import io.github.cscreturns.validation.report.PrintableText;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How commands name what they were given: a path as the user wrote it (relative or absolute), {@code -}
 * as standard input or output, and a reader's problem at the path as given (for a CSV folder, the
 * folder as given and the file's name in it), with the line and column. Control characters escaped.
 */
final class Inputs {
  /** How standard input is named in messages and findings. */
  static final String STDIN = "<stdin>";

  private Inputs() {}

  /** Whether the path is {@code -}: standard input, or standard output for an output. */
  static boolean isStandardStream(Path path) {
    return path.toString().equals("-");
  }

  /** The path as given, for a message. */
  static String shown(Path given) {
    return isStandardStream(given) ? STDIN : PrintableText.of(given.toString());
  }

  /** "{@code given[/file]:line:column: problem}", naming the input as given. */
  static String located(Path given, FormatException e) {
    SourceLocation at = e.location();
    String file = at.file().orElse("");
    StringBuilder b = new StringBuilder();
    if (isStandardStream(given)) {
      b.append(STDIN);
    } else if (Files.isDirectory(given) && !file.isEmpty() && !file.equals(String.valueOf(given.getFileName()))) {
      b.append(PrintableText.of(given.resolve(file).toString()));
    } else {
      b.append(PrintableText.of(given.toString()));
    }
    at.line().ifPresent(l -> b.append(':').append(l));
    at.column().ifPresent(c -> b.append(':').append(c));
    return b.append(": ").append(PrintableText.of(e.problem())).toString();
  }
}
