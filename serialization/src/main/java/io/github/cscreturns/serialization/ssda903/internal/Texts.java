package io.github.cscreturns.serialization.ssda903.internal;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.core.ssda903.Ssda903Record;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Text to typed value and back, for both formats. Reading never throws: text that does not parse
 * goes into {@link #unparsed} under the item name, exactly as written. Blank text means absent.
 *
 * <p>Items are judged as the DfE portal reads them (as the public Python validator that mirrors it
 * does: it upper-cases every cell and strips nothing), once here for every rule:
 * <ul>
 *   <li>a code is read whatever its case: {@code "m"}, {@code "pn2"}, {@code "a3"} are the codes M, PN2
 *       and A3 (written back in the DfE's upper case);
 *   <li>a code with spaces around it is not the code: {@code " M"}, {@code "PN3 "} are kept as written,
 *       as text that is not a code, which the code rules report;
 *   <li>an empty or all-space item is blank (absent);
 *   <li>a date is d/m/yyyy, the day and month of one or two digits and the year of four, with nothing
 *       around it: {@code "1/7/2019"} is 1 July 2019, {@code " 25/06/2011"}, {@code "00/00/0000"} and
 *       {@code "29/02/2017"} are text that is not a date.
 * </ul>
 * Dates are written dd/mm/yyyy (CLA.xsd patterns them so); parsed by hand because it is on the hot path.
 */
public final class Texts {
  /** Unparsed text of the record being read; cleared per record (reused to save allocations). */
  final Map<String, String> unparsed = new HashMap<>();

  void startRecord() {
    unparsed.clear();
  }

  static boolean isBlank(@Nullable String text) {
    return text == null || text.isBlank();
  }

  /** The date, or null when blank or not a real dd/mm/yyyy date (then kept as unparsed). */
  @Nullable LocalDate date(@Nullable String text, String item) {
    if (isBlank(text)) {
      return null;
    }
    LocalDate d = parseDate(text);
    if (d == null) {
      unparsed.put(item, text);
    }
    return d;
  }

  /** As {@link #date}, wrapped; empty when blank or unparsed. */
  Optional<LocalDate> optDate(@Nullable String text, String item) {
    LocalDate d = date(text, item);
    return d == null ? Optional.empty() : Optional.of(d);
  }

  /**
   * As {@link #code}, wrapped; empty when blank or unparsed. Allocates nothing: the codeset's
   * Optionals are shared.
   */
  <C extends Enum<C> & Code> Optional<C> optCode(Codeset<C> codeset, @Nullable String text, String item) {
    if (isBlank(text)) {
      return Optional.empty();
    }
    Optional<C> c = parseCode(codeset, text);
    if (c.isEmpty()) {
      unparsed.put(item, text);
    }
    return c;
  }

  /** As {@link #integer}, wrapped; empty when blank or unparsed. */
  Optional<Integer> optInteger(@Nullable String text, String item) {
    Integer i = integer(text, item);
    return i == null ? Optional.empty() : Optional.of(i);
  }

  <C extends Enum<C> & Code> @Nullable C code(Codeset<C> codeset, @Nullable String text, String item) {
    if (isBlank(text)) {
      return null;
    }
    Optional<C> c = parseCode(codeset, text);
    if (c.isEmpty()) {
      unparsed.put(item, text);
      return null;
    }
    return c.get();
  }

  /**
   * The code written as {@code text}, as the DfE portal reads it: case does not matter, spaces around
   * it do (a padded code is not the code).
   */
  public static <C extends Enum<C> & Code> Optional<C> parseCode(Codeset<C> codeset, String text) {
    int n = text.length();
    if (n == 0 || Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(n - 1))) {
      return Optional.empty();
    }
    Optional<C> c = codeset.parse(text);
    if (c.isPresent()) {
      return c;
    }
    for (int i = 0; i < n; i++) {
      if (Character.isLowerCase(text.charAt(i))) {
        return codeset.parse(text.toUpperCase(java.util.Locale.ROOT));
      }
    }
    return c;
  }

  @Nullable Integer integer(@Nullable String text, String item) {
    if (isBlank(text)) {
      return null;
    }
    String t = text.strip();
    int start = t.charAt(0) == '-' ? 1 : 0;
    if (t.length() - start < 1 || t.length() - start > 9) {
      unparsed.put(item, text);
      return null;
    }
    int value = 0;
    for (int i = start; i < t.length(); i++) {
      char ch = t.charAt(i);
      if (ch < '0' || ch > '9') {
        unparsed.put(item, text);
        return null;
      }
      value = value * 10 + (ch - '0');
    }
    return start == 1 ? -value : value;
  }

  /** Free text (identifiers): kept exactly as written, or null when blank. */
  static @Nullable String text(@Nullable String text) {
    return isBlank(text) ? null : text;
  }

  /** Free text, wrapped; empty when blank. */
  static Optional<String> optText(@Nullable String text) {
    return isBlank(text) ? Optional.empty() : Optional.of(text);
  }

  /** Free text made into a value (an identifier), or empty when blank; one allocation less than map. */
  static <T> Optional<T> text(@Nullable String text, java.util.function.Function<String, T> make) {
    return isBlank(text) ? Optional.empty() : Optional.of(make.apply(text));
  }

  /**
   * Parses d/m/yyyy (day and month of one or two digits, year of four, nothing around them); null if
   * it is not a real date.
   */
  public static @Nullable LocalDate parseDate(String text) {
    String t = text;
    int n = t.length();
    if (n < 8 || n > 10) {
      return null;
    }
    int slash1 = t.indexOf('/');
    int slash2 = slash1 < 0 ? -1 : t.indexOf('/', slash1 + 1);
    if (slash1 < 1 || slash1 > 2 || slash2 - slash1 < 2 || slash2 - slash1 > 3 || n - slash2 != 5) {
      return null;
    }
    int day = digits(t, 0, slash1);
    int month = digits(t, slash1 + 1, slash2);
    int year = digits(t, slash2 + 1, n);
    if (day < 1 || month < 1 || month > 12 || year < 0) {
      return null;
    }
    if (day > 28 && day > java.time.Month.of(month).length(java.time.Year.isLeap(year))) {
      return null;
    }
    return LocalDate.of(year, month, day);
  }

  private static int digits(String t, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /** dd/mm/yyyy. */
  public static String formatDate(LocalDate d) {
    int y = d.getYear();
    if (y < 0 || y > 9999) {
      throw new IllegalArgumentException("A date outside the years 0000-9999 cannot be written as dd/mm/yyyy");
    }
    char[] c = new char[10];
    two(c, 0, d.getDayOfMonth());
    c[2] = '/';
    two(c, 3, d.getMonthValue());
    c[5] = '/';
    two(c, 6, y / 100);
    two(c, 8, y % 100);
    return new String(c);
  }

  private static void two(char[] c, int at, int v) {
    c[at] = (char) ('0' + v / 10);
    c[at + 1] = (char) ('0' + v % 10);
  }

  // ---------------------------------------------------------------- writing

  static String write(Optional<LocalDate> value, Ssda903Record r, String item) {
    return value.isPresent() ? formatDate(value.get()) : r.unparsed().getOrDefault(item, "");
  }

  static String writeCode(Optional<? extends Code> value, Ssda903Record r, String item) {
    return value.isPresent() ? value.get().code() : r.unparsed().getOrDefault(item, "");
  }

  static String writeInt(Optional<Integer> value, Ssda903Record r, String item) {
    return value.isPresent() ? Integer.toString(value.get()) : r.unparsed().getOrDefault(item, "");
  }

  static String writeText(Optional<String> value, Ssda903Record r, String item) {
    return value.isPresent() ? value.get() : r.unparsed().getOrDefault(item, "");
  }
}
