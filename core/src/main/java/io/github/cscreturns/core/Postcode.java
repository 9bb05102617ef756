package io.github.cscreturns.core;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A UK postcode as written in a return (SSDA903 HOME_POST and PL_POST). The raw text is kept exactly;
 * {@link #normalised()} gives the canonical form ("SW1A 1AA") where the text is well formed.
 *
 * <p>England, Wales and Scotland share the Royal Mail format; Northern Ireland's start with "BT".
 * The DfE asks for the first part and the first character of the second part only (such as
 * "SW1A 1"): {@link #isPartial()} tells that form.
 *
 * @since 2013-14
 */
public final class Postcode {
  // Outward code: A9, A99, AA9, AA99, A9A, AA9A; inward code: 9AA (see inwardStart).

  /**
   * The postcode as written; any text is accepted (see the class comment for what is judged).
   *
   * @param value the text as written
   * @return the value, keeping the text
   */
  public static Postcode of(String value) {
    return new Postcode(value);
  }

  private final String value;

  private Postcode(String value) {
    this.value = java.util.Objects.requireNonNull(value, "value");
  }

  /**
   * The text as given.
   *
   * @return the text as given
   */
  public String value() {
    return value;
  }

  /** Equal when the text is the same. */
  @Override
  public boolean equals(Object other) {
    return this == other || (other instanceof Postcode o && value.equals(o.value));
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

  /**
   * Stripped, upper case, white space runs made one space. Validation asks this of every postcode
   * several times, so text already in that form (the usual case) is returned as it is.
   */
  private String squeezed() {
    String v = value();
    if (isSqueezed(v)) {
      return v;
    }
    return WHITE_SPACE.matcher(v.strip().toUpperCase(Locale.ROOT)).replaceAll(" ");
  }

  /** Only A-Z, 0-9 and single inner spaces: squeezing would change nothing. */
  private static boolean isSqueezed(String v) {
    int n = v.length();
    if (n == 0 || v.charAt(0) == ' ' || v.charAt(n - 1) == ' ') {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = v.charAt(i);
      if (c == ' ') {
        if (v.charAt(i - 1) == ' ') {
          return false;
        }
      } else if (!isUpper(c) && !isDigit(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the text is a full postcode in the Royal Mail format (case and spacing forgiven).
   *
   * @return whether the text is a full postcode in the Royal Mail format (case and spacing
   *     forgiven)
   */
  public boolean isWellFormed() {
    return inwardStart(squeezed(), 3) >= 0;
  }

  /**
   * Whether the text is the DfE's partial form: outward code and first inward character ("SW1A 1").
   *
   * @return whether the text is the DfE's partial form
   */
  public boolean isPartial() {
    return inwardStart(squeezed(), 1) >= 0;
  }

  /**
   * Whether the postcode is in Northern Ireland (starts "BT").
   *
   * @return whether the postcode is in Northern Ireland (starts "BT")
   */
  public boolean isNorthernIreland() {
    return squeezed().startsWith("BT");
  }

  /**
   * The canonical form, upper case with one space ("SW1A 1AA" or "SW1A 1"), or nothing if malformed.
   *
   * @return the canonical form, upper case with one space ("SW1A 1AA" or "SW1A 1"), or nothing if
   *     malformed
   */
  public Optional<String> normalised() {
    String s = squeezed();
    for (int inward : new int[] {3, 1}) {
      int at = inwardStart(s, inward);
      if (at >= 0) {
        int outwardEnd = at > 0 && s.charAt(at - 1) == ' ' ? at - 1 : at;
        return Optional.of(s.substring(0, outwardEnd) + " " + s.substring(at));
      }
    }
    return Optional.empty();
  }

  /**
   * Where the inward code starts if {@code s} matches the Royal Mail format with an inward code of
   * the given length (3, "9AA", for a full postcode; 1, "9", for the partial form), else -1. By hand
   * rather than by regular expression because validation asks it of every postcode; the same as
   * matching {@code ([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})} (or {@code ... ?([0-9])}): the
   * inward code is the fixed-length end, an optional space precedes it, the rest is the outward code
   * (A9, A99, AA9, AA99, A9A or AA9A).
   */
  private static int inwardStart(String s, int inward) {
    int n = s.length();
    int at = n - inward;
    if (at < 2 || !isDigit(s.charAt(at))) {
      return -1;
    }
    for (int i = at + 1; i < n; i++) {
      if (!isUpper(s.charAt(i))) {
        return -1;
      }
    }
    int outwardEnd = s.charAt(at - 1) == ' ' ? at - 1 : at;
    int letters = 0;
    while (letters < outwardEnd && isUpper(s.charAt(letters))) {
      letters++;
    }
    if (letters < 1 || letters > 2 || letters >= outwardEnd || !isDigit(s.charAt(letters))) {
      return -1;
    }
    int rest = outwardEnd - letters - 1;
    if (rest == 0) {
      return at;
    }
    char last = s.charAt(outwardEnd - 1);
    return rest == 1 && (isUpper(last) || isDigit(last)) ? at : -1;
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * The outward code ("SW1A"), or nothing if malformed.
   *
   * @return the outward code ("SW1A"), or nothing if malformed
   */
  public Optional<String> outwardCode() {
    return normalised().map(n -> n.substring(0, n.indexOf(' ')));
  }

  @Override
  public String toString() {
    return value();
  }
}
