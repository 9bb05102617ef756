package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.codesets.cin.Disability;
import io.github.cscreturns.core.cin.ChildDisability;

/** What the disability rules read of one Disability record (N00099): its text, and whether it says NONE. */
final class DisabilityRecords {
  private DisabilityRecords() {}

  /** The value as written: the code, or the raw text of a value that is not one (blank included). */
  static String text(ChildDisability record) {
    return record.disability().map(Disability::code).orElseGet(() -> record.unparsed("Disability").orElse(""));
  }

  /** Whether the record says the child has no disability: NONE, in any letter case as the portal reads it. */
  static boolean isNone(ChildDisability record) {
    return record.disability().filter(Disability.NO_DISABILITY::equals).isPresent()
        || text(record).equalsIgnoreCase(Disability.NO_DISABILITY.code());
  }
}
