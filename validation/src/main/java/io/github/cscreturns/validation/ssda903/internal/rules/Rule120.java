package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.PlacedForAdoption;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 120: "The reason for the reversal of the decision that the child should be placed for adoption code is not valid." Flags each PlacedAdoption record whose REASON_PLACED_CEASED is filled in with something that is not a code valid in
 * the year (the codeset knows which); a blank REASON_PLACED_CEASED is left to the rules that ask for it.
 */
public final class Rule120 implements Rule {
  @Override
  public String code() {
    return "120";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (PlacedForAdoption record : child.placedForAdoption()) {
      if (AdoptionItems.isInvalidCode(record.reasonCeased(), record, "REASON_PLACED_CEASED", context.year())) {
        flags.flag(record);
      }
    }
  }
}
