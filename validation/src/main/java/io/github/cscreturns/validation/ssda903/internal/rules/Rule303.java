package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.UascFlag;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Uasc;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.List;

/**
 * 303: "If date Unaccompanied Asylum-Seeking Child (UASC) status ceased is not null, UASC status must
 * be coded 1." Flags the Header row and each UASC record with a DUC filled in where the XML header's
 * UASC flag says otherwise: 0, or text that is not a code. Same in every year.
 *
 * <p>A CSV file set has no UASC status item: a child's row in the UASC table is its UASC status, so a
 * DUC there always goes with status 1 and the rule cannot fire. (The Python validator derives a UASC
 * column for the CSV Header by merging it with the UASC table and assigns it by position; after a
 * child with two UASC rows every later position is off by one, which flags children whose status is
 * in fact 1. We do not copy that: see docs/rule-interpretations.md.) An XML header whose UASC flag is
 * left blank beside a DUC is read as 1 (the DUC implies it), so it is not flagged either.
 */
public final class Rule303 implements Rule {
  @Override
  public String code() {
    return "303";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    boolean notCoded1 = child.uascFlag().orElse(null) == UascFlag.NO || child.unparsed("UASC").filter(t -> !t.isBlank()).isPresent();
    if (!notCoded1) {
      return;
    }
    List<Uasc> ceased =
        child.uasc().stream().filter(u -> ItemPresence.isRecorded(u.ceasedDate(), u, "DUC")).toList();
    if (!ceased.isEmpty()) {
      flags.flag(child);
      flags.flagAll(ceased);
    }
  }
}
