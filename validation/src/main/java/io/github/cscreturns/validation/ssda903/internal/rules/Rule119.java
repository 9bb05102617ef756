package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.PlacedForAdoption;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 119: "If the decision is made that a child should no longer be placed for adoption, then the date
 * of this decision and the reason why this decision was made must be completed." Flags each
 * PlacedAdoption record with one of DATE_PLACED_CEASED and REASON_PLACED_CEASED filled in (validly or
 * not) and the other blank. Same in every year.
 */
public final class Rule119 implements Rule {
  @Override
  public String code() {
    return "119";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (PlacedForAdoption p : child.placedForAdoption()) {
      boolean date = ItemPresence.isRecorded(p.ceasedDate(), p, "DATE_PLACED_CEASED");
      boolean reason = ItemPresence.isRecorded(p.reasonCeased(), p, "REASON_PLACED_CEASED");
      if (date != reason) {
        flags.flag(p);
      }
    }
  }
}
