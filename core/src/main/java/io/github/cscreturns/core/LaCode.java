package io.github.cscreturns.core;

/**
 * A local authority code as used in the returns: the DfE's three-digit number (such as "931") in
 * items like LA_PERM and the UPN, or a short text code. Any text is accepted.
 *
 * @since 2013-14
 */
public final class LaCode {
  private static final java.util.regex.Pattern THREE_DIGITS = java.util.regex.Pattern.compile("\\d{3}");
  /**
   * The local authority code as written; any text is accepted (see the class comment for what is judged).
   *
   * @param value the text as written
   * @return the value, keeping the text
   */
  public static LaCode of(String value) {
    return new LaCode(value);
  }

  private final String value;

  private LaCode(String value) {
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
    return this == other || (other instanceof LaCode o && value.equals(o.value));
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Whether the code is the DfE's three-digit form.
   *
   * @return whether the code is the DfE's three-digit form
   */
  public boolean isThreeDigit() {
    return THREE_DIGITS.matcher(value()).matches();
  }

  @Override
  public String toString() {
    return value();
  }
}
