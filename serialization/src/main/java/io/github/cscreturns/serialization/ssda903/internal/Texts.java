package io.github.cscreturns.serialization.ssda903.internal;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.core.ssda903.Ssda903Record;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Text to typed value and back, for both formats, with one reading rule for every item (see
 * docs/reading-rules.md). Reading never throws.
 *
 * <p>An item is judged as the DfE portal reads it, as the public Python validator that mirrors the
 * portal does (it reads every CSV cell and XML element as text, upper-cases it and strips nothing):
 * <ul>
 *   <li>only an empty item (or a missing element) is blank; an item of spaces is text, not blank;
 *   <li>case does not matter: the text is judged upper-cased, so {@code "m"}, {@code "pn2"},
 *       {@code "a3"} are the codes M, PN2 and A3, and {@code "un1"} is the UPN UN1;
 *   <li>spaces around the text do matter: {@code " M"}, {@code "PN3 "} are no code, {@code " X0411…"}
 *       is a UPN that starts with a space;
 *   <li>a date is d/m/yyyy, the day and month of one or two digits and the year of four, with nothing
 *       around it: {@code "1/7/2019"} is 1 July 2019, {@code " 25/06/2011"}, {@code "00/00/0000"} and
 *       {@code "29/02/2017"} are text that is not a date;
 *   <li>a number (SDQ_SCORE) is read as a number is read, spaces around it aside.
 * </ul>
 * Text that is no value of the item's type goes into {@link #unparsed} under the item name, as
 * judged (upper-cased). Whatever is judged, what was written is kept: where the text differs from
 * what the writer would write for the value read (a lower-case code, a one-digit day, a lower-case
 * unparsed text) it goes into {@link #asWritten}, and the writers write it back.
 *
 * <p>Dates are written dd/mm/yyyy (CLA.xsd patterns them so); parsed by hand because it is on the
 * hot path.
 */
public final class Texts {
  /** Unparsed text of the record being read, as judged; cleared per record (reused to save allocations). */
  final Map<String, String> unparsed = new HashMap<>();

  /** Exact text of the record's items written otherwise than their value is written; cleared per record. */
  final Map<String, String> asWritten = new HashMap<>();

  void startRecord() {
    unparsed.clear();
    asWritten.clear();
  }

  /** Whether the item is blank: missing or empty. An item of spaces is not blank: it is text. */
  static boolean isBlank(@Nullable String text) {
    return text == null || text.isEmpty();
  }

  /** The text as the DfE judges it: upper-cased, nothing stripped (the same string when already upper case). */
  public static String judged(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLowerCase(text.charAt(i))) {
        return text.toUpperCase(Locale.ROOT);
      }
    }
    return text;
  }

  /** Keeps text that is no value of the item's type: as judged in unparsed, exactly in asWritten if that differs. */
  private void keepUnparsed(String item, String text) {
    String j = judged(text);
    unparsed.put(item, j);
    if (!j.equals(text)) {
      asWritten.put(item, text);
    }
  }

  /** Keeps the exact text of an item read into a value that the writer writes otherwise. */
  private void keepWritten(String item, String text, String written) {
    if (!text.equals(written)) {
      asWritten.put(item, text);
    }
  }

  /** The date, or null when blank or not a real d/m/yyyy date (then kept as unparsed). */
  @Nullable LocalDate date(@Nullable String text, String item) {
    if (isBlank(text)) {
      return null;
    }
    LocalDate d = parseDate(text);
    if (d == null) {
      keepUnparsed(item, text);
    } else if (text.length() != 10) {
      // d/m/yyyy of ten characters is dd/mm/yyyy, which is how dates are written
      asWritten.put(item, text);
    }
    return d;
  }

  /** As {@link #date}, wrapped; empty when blank or unparsed. */
  Optional<LocalDate> optDate(@Nullable String text, String item) {
    LocalDate d = date(text, item);
    return d == null ? Optional.empty() : Optional.of(d);
  }

  /**
   * As {@link #code}, wrapped; empty when blank or unparsed. Allocates nothing for text written as
   * the DfE writes it: the codeset's Optionals are shared.
   */
  <C extends Enum<C> & Code> Optional<C> optCode(Codeset<C> codeset, @Nullable String text, String item) {
    if (isBlank(text)) {
      return Optional.empty();
    }
    Optional<C> c = parseCode(codeset, text);
    if (c.isEmpty()) {
      keepUnparsed(item, text);
    } else {
      keepWritten(item, text, c.get().code());
    }
    return c;
  }

  /** As {@link #integer}, wrapped; empty when blank or unparsed. */
  Optional<Integer> optInteger(@Nullable String text, String item) {
    Integer i = integer(text, item);
    return i == null ? Optional.empty() : Optional.of(i);
  }

  <C extends Enum<C> & Code> @Nullable C code(Codeset<C> codeset, @Nullable String text, String item) {
    return optCode(codeset, text, item).orElse(null);
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
    String j = judged(text);
    return j == text ? c : codeset.parse(j);
  }

  @Nullable Integer integer(@Nullable String text, String item) {
    if (isBlank(text)) {
      return null;
    }
    // as a number is read (the reference reads SDQ_SCORE as a number): spaces around it aside
    String t = text.strip();
    int start = !t.isEmpty() && t.charAt(0) == '-' ? 1 : 0;
    if (t.length() - start < 1 || t.length() - start > 9) {
      keepUnparsed(item, text);
      return null;
    }
    int value = 0;
    for (int i = start; i < t.length(); i++) {
      char ch = t.charAt(i);
      if (ch < '0' || ch > '9') {
        keepUnparsed(item, text);
        return null;
      }
      value = value * 10 + (ch - '0');
    }
    int v = start == 1 ? -value : value;
    if (t != text || t.length() > 1 && t.charAt(start) == '0') {
      asWritten.put(item, text);
    }
    return v;
  }

  /**
   * Free text (an identifier: UPN, postcode, URN, LA, social worker ID), as judged (upper-cased),
   * made into its value; empty when blank. The exact text is kept in asWritten where it differs.
   */
  <T> Optional<T> id(@Nullable String text, java.util.function.Function<String, T> make, String item) {
    if (isBlank(text)) {
      return Optional.empty();
    }
    String j = judged(text);
    if (j != text) {
      asWritten.put(item, text);
    }
    return Optional.of(make.apply(j));
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
  // What was written wins: the exact text where kept, else the value as the DfE writes it, else the
  // unparsed text, else blank.

  static String write(Optional<LocalDate> value, Ssda903Record r, String item) {
    String w = r.asWritten().get(item);
    return w != null ? w : value.isPresent() ? formatDate(value.get()) : r.unparsed().getOrDefault(item, "");
  }

  static String writeCode(Optional<? extends Code> value, Ssda903Record r, String item) {
    String w = r.asWritten().get(item);
    return w != null ? w : value.isPresent() ? value.get().code() : r.unparsed().getOrDefault(item, "");
  }

  static String writeInt(Optional<Integer> value, Ssda903Record r, String item) {
    String w = r.asWritten().get(item);
    return w != null ? w : value.isPresent() ? Integer.toString(value.get()) : r.unparsed().getOrDefault(item, "");
  }

  static String writeText(Optional<String> value, Ssda903Record r, String item) {
    String w = r.asWritten().get(item);
    return w != null ? w : value.isPresent() ? value.get() : r.unparsed().getOrDefault(item, "");
  }
}
