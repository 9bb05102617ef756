package io.github.cscreturns.serialization.cin.internal;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How the text of a CIN census item becomes a typed value: only where the text is exactly what the
 * writer writes for that value, so that anything else stays the record's unparsed text and a return
 * read and written again is unchanged.
 */
public final class Items {
  /** xs:dateTime as the DfE's generator writes it, to the second. */
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

  private Items() {}

  /** An xs:date written yyyy-MM-dd, or nothing. */
  public static Optional<LocalDate> date(String text) {
    if (text.length() != 10) {
      return Optional.empty();
    }
    try {
      LocalDate d = LocalDate.parse(text);
      return d.toString().equals(text) ? Optional.of(d) : Optional.empty();
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** An xs:dateTime written yyyy-MM-ddTHH:mm:ss, or nothing. */
  public static Optional<LocalDateTime> dateTime(String text) {
    if (text.length() != 19) {
      return Optional.empty();
    }
    try {
      LocalDateTime d = LocalDateTime.parse(text, DATE_TIME);
      return DATE_TIME.format(d).equals(text) ? Optional.of(d) : Optional.empty();
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** The text a date-time is written as. */
  public static String text(LocalDateTime dateTime) {
    return DATE_TIME.format(dateTime);
  }

  /** The code spelt exactly as the DfE spells it (case and spaces count), or nothing. */
  public static <C extends Enum<C> & Code> Optional<C> code(Codeset<C> codeset, String text) {
    return codeset.parse(text).filter(c -> c.code().equals(text));
  }

  /** A count written in digits without sign or leading zeros ("0", "3"), or nothing. */
  public static OptionalInt count(String text) {
    if (text.isEmpty() || text.length() > 9 || (text.length() > 1 && text.charAt(0) == '0')) {
      return OptionalInt.empty();
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return OptionalInt.empty();
      }
    }
    return OptionalInt.of(Integer.parseInt(text));
  }
}
