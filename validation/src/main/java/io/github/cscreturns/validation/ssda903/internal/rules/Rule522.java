package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.PlacedForAdoption;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 522: "Date of decision that the child should be placed for adoption must be on or before the date
 * that a child should no longer be placed for adoption." Flags each PlacedAdoption record whose
 * DATE_PLACED_CEASED is before its DATE_PLACED (both dates). Same in every year.
 */
public final class Rule522 implements Rule {
  @Override
  public String code() {
    return "522";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (PlacedForAdoption p : child.placedForAdoption()) {
      if (AdoptionEpisodes.isBefore(p.ceasedDate(), p.decisionDate())) {
        flags.flag(p);
      }
    }
  }
}
