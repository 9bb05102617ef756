package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.UascFlag;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Uasc;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Requirement;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 205A, 205B and 205C: a child's UASC status this year and last year ({@link #identifiedAsUasc}: the
 * XML header's flag, or in CSV a UASC row; a child without a Header row has no status) against the date
 * UASC ceased (DUC) recorded in each year. Each of this year's UASC records is taken with each of last
 * year's (or with none, where last year's return has none for the child); where the rule's condition
 * holds, the UASC record and the child's Header are flagged.
 *
 * <p>Departure (docs/rule-interpretations.md): the public Python validator derives the CSV status of
 * each year by merging Header with UASC and writing the result back by position, so after a child
 * with two UASC rows every later child takes its neighbour's status; 205B also takes last year's DOB
 * from the UASC_last row at the same position. Replaying that reproduces its findings on the whole
 * conformance corpus; we take each child's own status and DOB, as the DfE's messages describe.
 */
abstract class UascStatusAcrossYearsRule implements Rule {
  @Override
  public final Set<Requirement> requirements() {
    return Set.of(Requirement.PREVIOUS_YEAR);
  }

  /** Whether this year's UASC record, with last year's (if any), contradicts the two years' statuses. */
  abstract boolean contradicts(Uasc now, Optional<Uasc> last, boolean uascNow, boolean uascLast, RuleContext context);

  @Override
  public final void check(Child child, RuleContext context, Flags flags) {
    boolean uascNow = child.headerRecorded() && identifiedAsUasc(child);
    boolean uascLast = LastYearsReturn.header(context).map(UascStatusAcrossYearsRule::identifiedAsUasc).orElse(false);
    List<Optional<Uasc>> lastRecords = new ArrayList<>();
    context.previous().ifPresent(p -> p.uasc().forEach(u -> lastRecords.add(Optional.of(u))));
    if (lastRecords.isEmpty()) {
      lastRecords.add(Optional.empty());
    }
    for (Uasc now : child.uasc()) {
      if (lastRecords.stream().anyMatch(last -> contradicts(now, last, uascNow, uascLast, context))) {
        flags.flag(now);
        if (child.headerRecorded()) {
          flags.flag(child);
        }
      }
    }
  }

  /**
   * Whether the return identifies the child as UASC: the XML header's UASC flag is 1, or, in a CSV
   * return (no flag), the child has a UASC row. Unlike {@link UascStatus}, a DUC alone does not make
   * the child UASC here: these rules ask whether the DUC agrees with the status.
   */
  static boolean identifiedAsUasc(Child child) {
    return child.uascFlag().map(f -> f == UascFlag.YES).orElse(!child.uasc().isEmpty());
  }

  /** DUC as a day, where it names one. */
  static Optional<LocalDate> ceased(Uasc u) {
    return LastYearsReturn.recordedDate(u, u.ceasedDate(), "DUC");
  }

  /** Whether DUC was recorded (a day or any text). */
  static boolean ceasedRecorded(Uasc u) {
    return ItemPresence.isRecorded(u.ceasedDate(), u, "DUC");
  }
}
