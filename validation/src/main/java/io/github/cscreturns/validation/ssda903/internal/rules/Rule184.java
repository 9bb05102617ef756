package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.PlacedForAdoption;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 184: "Date of decision that a child should be placed for adoption is before the child was born."
 * Flags each PlacedAdoption record whose DATE_PLACED is before the Header's DOB. Same in every year.
 */
public final class Rule184 implements Rule {
  @Override
  public String code() {
    return "184";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (PlacedForAdoption p : child.placedForAdoption()) {
      if (AdoptionEpisodes.isBefore(p.decisionDate(), child.dob())) {
        flags.flag(p);
      }
    }
  }
}
