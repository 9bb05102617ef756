package io.github.cscreturns.core;

import org.immutables.value.Value;

/**
 * The local authority's own identifier for a child (SSDA903 item CHILD; XML element CHILDID, at most
 * 10 characters). Any text is accepted, so that a bad identifier can be reported rather than lost.
 *
 * @since 2013-14
 */
@Value.Immutable(builder = false, copy = false)
public abstract class ChildId implements Comparable<ChildId> {
  /** The identifier as written; never throws. */
  public static ChildId of(String value) {
    return ImmutableChildId.of(value);
  }

  /** The identifier as written in the return. */
  @Value.Parameter
  public abstract String value();

  /** Whether the identifier is blank. */
  public boolean isBlank() {
    return value().isBlank();
  }

  /** Whether the identifier fits the XML schema: 1 to 10 characters, no surrounding white space. */
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
