package io.github.cscreturns.core;

/**
 * The local authority's own identifier for a child (SSDA903 item CHILD; XML element CHILDID, at most
 * 10 characters). Any text is accepted, so that a bad identifier can be reported rather than lost.
 *
 * @since 2013-14
 */
public final class ChildId implements Comparable<ChildId> {
  /**
   * The identifier as written; never throws.
   *
   * @param value the value
   * @return the identifier as written
   */
  public static ChildId of(String value) {
    return new ChildId(value);
  }

  private final String value;

  private ChildId(String value) {
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
    return this == other || (other instanceof ChildId o && value.equals(o.value));
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Whether the identifier is blank.
   *
   * @return whether the identifier is blank
   */
  public boolean isBlank() {
    return value().isBlank();
  }

  /**
   * Whether the identifier fits the XML schema: 1 to 10 characters, no surrounding white space.
   *
   * @return whether the identifier fits the XML schema
   */
  public boolean isWellFormed() {
    String v = value();
    return !v.isEmpty() && v.length() <= 10 && v.strip().equals(v);
  }

  @Override
  public int compareTo(ChildId other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
