package io.github.cscreturns.core.csww;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A band of whole years (of age, or of time in service) used by the voluntary breakdowns: from
 * {@link #fromYears()} inclusive to {@link #toYears()} exclusive, open-ended when that is absent.
 *
 * <p>The DfE's band definitions are not in our sources; {@link WorkforceAggregator} has defaults and
 * takes others.
 *
 * @since 2013-14
 */
@Value.Immutable
public interface Band {
  /**
   * The band's name as published, such as "2 to 5 years".
   *
   * @return the band's name as published, such as "2 to 5 years"
   */
  String label();

  /**
   * Whole years at which the band starts (inclusive).
   *
   * @return whole years at which the band starts (inclusive)
   */
  int fromYears();

  /**
   * Whole years at which the band ends (exclusive); empty for an open-ended band.
   *
   * @return whole years at which the band ends (exclusive)
   */
  Optional<Integer> toYears();

  /**
   * Whether a count of whole years falls in the band.
   *
   * @param years the years
   * @return whether a count of whole years falls in the band
   */
  default boolean contains(int years) {
    return years >= fromYears() && toYears().map(t -> years < t).orElse(true);
  }

  /**
   * The band from {@code from} (inclusive) to {@code to} (exclusive).
   *
   * @param label the label shown
   * @param from the first of the range
   * @param to the last of the range
   * @return the band from {@code from} (inclusive) to {@code to} (exclusive)
   */
  static Band of(String label, int from, int to) {
    return ImmutableBand.builder().label(label).fromYears(from).toYears(to).build();
  }

  /**
   * The open-ended band from {@code from} on.
   *
   * @param label the label shown
   * @param from the first of the range
   * @return the open-ended band from {@code from} on
   */
  static Band atLeast(String label, int from) {
    return ImmutableBand.builder().label(label).fromYears(from).build();
  }

  /**
   * The label of the first band containing {@code years}, or nothing.
   *
   * @param bands the bands
   * @param years the years
   * @return the label of the first band containing {@code years}, or nothing
   */
  static Optional<String> labelFor(List<Band> bands, int years) {
    return bands.stream().filter(b -> b.contains(years)).map(Band::label).findFirst();
  }

  /** Refuses a band that ends before it starts. */
  @Value.Check
  default void check() {
    if (toYears().isPresent() && toYears().get() <= fromYears()) {
      throw new IllegalStateException("Band '" + label() + "' ends before it starts");
    }
  }
}
