package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Ssda903Record;
import java.util.Optional;

/**
 * Whether an item of a record was filled in. An item is blank when its typed value is empty and no
 * unparsed text was kept for it; text that did not parse counts as recorded (if invalid).
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
}
