package io.github.cscreturns.core.csww;

import java.util.regex.Pattern;

/**
 * A social worker's Social Work England registration number (item SWENo): two letters and ten digits
 * in the 2022 schema ("AB1234567890").
 *
 * <p>Any text is accepted, so that a malformed number read from a file can be kept and reported;
 * {@link #isWellFormed()} tells whether it has the schema's form. {@code toString()} does not show
 * the number.
 *
 * @since 2021-22
 */
public final class SweNumber {
  private static final Pattern FORM = Pattern.compile("[A-Za-z]{2}\\d{10}");

  private final String value;

  private SweNumber(String value) {
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
    return this == other || (other instanceof SweNumber o && value.equals(o.value));
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * The Social Work England registration number as written; any text is accepted (see the class comment for what is judged).
   *
   * @param value the text as written
   * @return the value, keeping the text
   */
  public static SweNumber of(String value) {
    return new SweNumber(value);
  }

  /**
   * Whether the number has the schema's form: two letters then ten digits.
   *
   * @return whether the number has the schema's form
   */
  public boolean isWellFormed() {
    return FORM.matcher(value()).matches();
  }

  @Override
  public String toString() {
    return "SweNumber{redacted}";
  }
}
