package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Ssda903Record;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Whether an item of a record was filled in, with "cannot tell" kept apart from "no". An item is
 * blank when its typed value is empty and no unparsed text was kept for it; text that did not parse
 * counts as recorded (if invalid), and is known to be no valid code.
 */
final class ItemPresence {
  private ItemPresence() {}

  /** Whether the item has a typed value or unparsed text. */
  static boolean isRecorded(Optional<?> typed, Ssda903Record record, String item) {
    return typed.isPresent() || record.unparsed(item).isPresent();
  }

  /** Whether the item has neither a typed value nor unparsed text. */
  static boolean isBlank(Optional<?> typed, Ssda903Record record, String item) {
    return !isRecorded(typed, record, item);
  }

  /**
   * Whether the item was given and is not one the predicate accepts: a typed value failing it, or
   * text that did not parse (no valid code passes). False for a blank item (cannot tell).
   */
  static <T> boolean isKnownAndNot(Optional<T> typed, Optional<String> unparsed, Predicate<? super T> accepted) {
    if (typed.isPresent()) {
      return !accepted.test(typed.get());
    }
    return unparsed.isPresent();
  }
}
