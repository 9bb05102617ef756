package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.UascFlag;
import io.github.cscreturns.core.ssda903.Child;

/** Whether a child is recorded as an unaccompanied asylum-seeking child (UASC). */
final class UascStatus {
  private UascStatus() {}

  /**
   * Whether the return records the child as UASC: the XML header's UASC flag is 1, a UASC record
   * carries a date the child ceased to be UASC (DUC), or, in a CSV return (no header flag), the child
   * has a row in the UASC table at all.
   */
  static boolean isRecordedAsUasc(Child child) {
    if (child.uascFlag().orElse(null) == UascFlag.YES) {
      return true;
    }
    boolean ceased =
        child.uasc().stream().anyMatch(u -> u.ceasedDate().isPresent() || u.unparsed("DUC").isPresent());
    return ceased || (child.uascFlag().isEmpty() && !child.uasc().isEmpty());
  }
}
