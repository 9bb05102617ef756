package io.github.cscreturns.core;

import java.util.Optional;

/**
 * A unique pupil number (SSDA903 item UPN; also in the CIN census): 13 characters, a check letter
 * followed by the LA code (3 digits), the establishment number (4), the year of allocation (2) and a
 * serial (3). A temporary UPN ends in a letter. Where the UPN is unknown the DfE asks for a reason
 * code such as "UN1" ({@link #unknownReason()}). Any text is accepted.
 *
 * @since 2013-14
 */
public final class Upn {
  /** Check letters by remainder 0–22: the alphabet without I, O and S. */
  // Compiled once: validation asks these of every child.
  private static final java.util.regex.Pattern UNKNOWN_REASON = java.util.regex.Pattern.compile("UN([1-9]|10)");
  private static final java.util.regex.Pattern WELL_FORMED = java.util.regex.Pattern.compile("[A-Z]\\d{11}[0-9A-Z]");

  static final String CHECK_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

  /**
   * The UPN as written; any text is accepted (see the class comment for what is judged).
   *
   * @param value the text as written
   * @return the value, keeping the text
   */
  public static Upn of(String value) {
    return new Upn(value);
  }

  private final String value;

  private Upn(String value) {
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
    return this == other || (other instanceof Upn o && value.equals(o.value));
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Whether this is an unknown-UPN reason code: "UN" followed by 1 to 10 ("UN1" … "UN10").
   *
   * @return whether this is an unknown-UPN reason code
   */
  public boolean isUnknownReasonCode() {
    return unknownReason().isPresent();
  }

  /**
   * The number of an unknown-UPN reason code ("UN3" gives 3), or nothing.
   *
   * @return the number of an unknown-UPN reason code ("UN3" gives 3), or nothing
   */
  public Optional<Integer> unknownReason() {
    String v = value();
    if (UNKNOWN_REASON.matcher(v).matches()) {
      return Optional.of(Integer.parseInt(v.substring(2)));
    }
    return Optional.empty();
  }

  /**
   * Whether the UPN has the 13-character shape: a check letter, 11 digits, then a digit or letter.
   *
   * @return whether the UPN has the 13-character shape
   */
  public boolean isWellFormed() {
    String v = value();
    return v.length() == 13 && WELL_FORMED.matcher(v).matches();
  }

  /**
   * Whether the UPN is temporary: well formed and ending in a letter.
   *
   * @return whether the UPN is temporary
   */
  public boolean isTemporary() {
    return isWellFormed() && Character.isLetter(value().charAt(12));
  }

  /**
   * The three-digit LA code at characters 2–4, if well formed.
   *
   * @return the three-digit LA code at characters 2–4, if well formed
   */
  public Optional<LaCode> laCode() {
    return isWellFormed() ? Optional.of(LaCode.of(value().substring(1, 4))) : Optional.empty();
  }

  /**
   * Whether the first character is the check letter the DfE algorithm gives: characters 2 to 13 are
   * weighted 2 to 13, a final letter counting as its position in the check-letter table, and the sum
   * modulo 23 indexes that table.
   *
   * @return whether the first character is the check letter the DfE algorithm gives
   */
  public boolean hasValidCheckLetter() {
    if (!isWellFormed()) {
      return false;
    }
    return expectedCheckLetter(value()).map(c -> c == value().charAt(0)).orElse(false);
  }

  /**
   * The check letter the DfE algorithm gives for a 13-character UPN; its first character is
   * ignored, so a placeholder such as "?" may stand there. Nothing if characters 2–12 are not all
   * digits or character 13 is neither a digit nor a letter of the check-letter table.
   *
   * @param upn the upn
   * @return the check letter the DfE algorithm gives for a 13-character UPN
   */
  public static Optional<Character> expectedCheckLetter(String upn) {
    if (upn.length() != 13) {
      return Optional.empty();
    }
    int sum = 0;
    for (int i = 1; i < 13; i++) {
      char c = upn.charAt(i);
      int v;
      if (Character.isDigit(c)) {
        v = c - '0';
      } else if (i == 12 && CHECK_LETTERS.indexOf(c) >= 0) {
        v = CHECK_LETTERS.indexOf(c);
      } else {
        return Optional.empty();
      }
      sum += v * (i + 1);
    }
    return Optional.of(CHECK_LETTERS.charAt(sum % 23));
  }

  @Override
  public String toString() {
    return value();
  }
}
