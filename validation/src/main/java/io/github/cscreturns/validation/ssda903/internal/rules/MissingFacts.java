package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.MissingEpisode;
import io.github.cscreturns.core.ssda903.Ssda903Record;
import java.time.LocalDate;
import java.util.Optional;

/** What the Missing rules ask of a missing or away record. */
final class MissingFacts {
  private MissingFacts() {}

  /** Whether the item was left blank: no value and no text that failed to parse. */
  static boolean isBlank(Optional<?> typed, Ssda903Record record, String item) {
    return ItemPresence.isBlank(typed, record, item);
  }

  /**
   * The child's date of birth as the Missing row gives it: the row's own DOB where it differs from the
   * Header's, else the Header's; empty where the row's DOB is not a date or none is known.
   */
  static Optional<LocalDate> dob(Child child, MissingEpisode missing) {
    if (missing.unparsed("DOB").isPresent()) {
      return Optional.empty();
    }
    return missing.dob().or(child::dob);
  }
}
