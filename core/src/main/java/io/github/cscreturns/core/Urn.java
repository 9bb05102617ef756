package io.github.cscreturns.core;

/**
 * An Ofsted unique reference number of a placement provider (SSDA903 item URN, from 2015-16). The
 * placeholder "XXXXXXX" is returned where a placement has no URN. Any text is accepted.
 *
 * @since 2015-16
 */
public final class Urn {
  private static final java.util.regex.Pattern WELL_FORMED = java.util.regex.Pattern.compile("(SC)?\\d{6,8}|\\d{6,8}");
  /** The text returned when a placement has no Ofsted URN. */
  public static final String PLACEHOLDER = "XXXXXXX";

  /**
   * The URN as written; any text is accepted (see the class comment for what is judged).
   *
   * @param value the text as written
   * @return the value, keeping the text
   */
  public static Urn of(String value) {
    return new Urn(value);
  }

  private final String value;

  private Urn(String value) {
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
    return this == other || (other instanceof Urn o && value.equals(o.value));
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Whether this is the "XXXXXXX" placeholder for a placement without a URN.
   *
   * @return whether this is the "XXXXXXX" placeholder for a placement without a URN
   */
  public boolean isPlaceholder() {
    return PLACEHOLDER.equals(value().strip());
  }

  /**
   * Whether the text looks like an Ofsted URN: "SC" or digits followed by digits, 6 to 8 characters.
   *
   * @return whether the text looks like an Ofsted URN
   */
  public boolean isWellFormed() {
    return WELL_FORMED.matcher(value()).matches();
  }

  @Override
  public String toString() {
    return value();
  }
}
