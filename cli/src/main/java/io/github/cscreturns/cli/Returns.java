package io.github.cscreturns.cli;

import io.github.cscreturns.serialization.FormatException;
import io.github.cscreturns.serialization.ReturnKind;
import io.github.cscreturns.validation.report.PrintableText;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Which return a command works on: the one named by {@code --return} (ssda903 or cin), else the one
 * recognised from the input ({@link ReturnKind#detect}). Standard input is recognised from its first
 * bytes, held in memory ({@link ReturnKind#MAX_BYTES_EXAMINED} at most) and read again by the
 * return's reader.
 */
final class Returns {
  /** The values of {@code --return}. */
  static final String ACCEPTED = "ssda903, cin";

  /** The help text of {@code --return}, the same for every command. */
  static final String OPTION_HELP =
      "The return: ssda903 or cin (the Children in Need census). By default it is recognised from INPUT: the root element of its XML"
          + " (and for the census the Collection in its Header); a folder is an SSDA903 CSV file set.";

  private Returns() {}

  /** The return named by {@code --return}, or one line on {@code err} saying what is accepted. */
  static Optional<ReturnKind> named(String text, PrintWriter err) {
    switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "ssda903" -> {
        return Optional.of(ReturnKind.SSDA903);
      }
      case "cin" -> {
        return Optional.of(ReturnKind.CIN_CENSUS);
      }
      default -> {
        err.println("Unknown return '" + PrintableText.of(text) + "'. Accepted: " + ACCEPTED + ".");
        return Optional.empty();
      }
    }
  }

  /** The CIN census year written as {@code text} (2022-23 to 2025-26), or one line on {@code err} saying what is accepted. */
  static Optional<io.github.cscreturns.codesets.CollectionYear> cinYear(String text, PrintWriter err) {
    var years = io.github.cscreturns.validation.cin.CinRuleCatalogue.years();
    var year = io.github.cscreturns.codesets.CollectionYear.tryParse(text).filter(years::contains);
    if (year.isEmpty()) {
      err.println("No CIN census for the year '" + PrintableText.of(text) + "'. Accepted: "
          + String.join(", ", years.stream().map(y -> y.label()).toList()) + ".");
    }
    return year;
  }

  /**
   * The return at {@code input}: a regular file, or standard input ({@code -}, read through {@code
   * stdin}, which is reset to its start after), is recognised; anything else is taken as SSDA903, as
   * before the CIN census was read: a folder (its CSV file set), a path that does not exist (for the
   * reader to say so), a pipe (which could not be read twice).
   *
   * @throws ReturnSource.UnusableInputException one line naming file, line and column, when the
   *     kind cannot be told
   */
  static ReturnKind recognise(Path input, BufferedInputStream stdin) throws ReturnSource.UnusableInputException {
    try {
      if (Inputs.isStandardStream(input)) {
        stdin.mark(ReturnKind.MAX_BYTES_EXAMINED);
        ReturnKind kind = ReturnKind.detect(stdin, Inputs.STDIN);
        stdin.reset();
        return kind;
      }
      // a pipe (such as bash's <(…)) cannot be read twice: only a regular file is recognised
      if (!Files.isRegularFile(input)) {
        return ReturnKind.SSDA903;
      }
      return ReturnKind.detect(input);
    } catch (FormatException e) {
      throw new ReturnSource.UnusableInputException(Inputs.located(input, e));
    } catch (IOException e) {
      throw new ReturnSource.UnusableInputException(Inputs.STDIN + ": cannot read standard input (" + e.getClass().getSimpleName() + ")");
    }
  }

  /** Standard input, buffered so that its first bytes can be read twice; never closed by a reader. */
  static BufferedInputStream buffered(InputStream stdin) {
    return new BufferedInputStream(
        new java.io.FilterInputStream(stdin) {
          @Override
          public void close() {}
        },
        1 << 16);
  }

  /** One line for an input that is a return {@code command} does not handle, naming the command that does. */
  static String notHandled(Path input, ReturnKind kind, String command) {
    return Inputs.shown(input) + ": a " + kind.title() + " file, which csc " + command + " does not take"
        + (kind == ReturnKind.WORKFORCE_CENSUS ? " (csc workforce reads it)." : ".");
  }
}
