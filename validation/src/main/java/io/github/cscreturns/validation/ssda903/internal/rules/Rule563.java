package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.PlacedForAdoption;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 563: "The child should no longer be placed for adoption but the date of the decision that the
 * child should be placed for adoption is blank" Flags each PlacedAdoption record with
 * REASON_PLACED_CEASED and DATE_PLACED_CEASED filled in and DATE_PLACED blank. Same in every year.
 */
public final class Rule563 implements Rule {
  @Override
  public String code() {
    return "563";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (PlacedForAdoption p : child.placedForAdoption()) {
      if (ItemPresence.isRecorded(p.reasonCeased(), p, "REASON_PLACED_CEASED")
          && ItemPresence.isRecorded(p.ceasedDate(), p, "DATE_PLACED_CEASED")
          && ItemPresence.isBlank(p.decisionDate(), p, "DATE_PLACED")) {
        flags.flag(p);
      }
    }
  }
}
