package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Adoption;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.PlacedForAdoption;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 523: "Date of decision that the child should be placed for adoption should be the same date as the
 * decision that adoption is in the best interest (date should be placed)." Flags each pair of a
 * PlacedAdoption record and an AD1 record of the child whose DATE_PLACED and DATE_INT are dates that
 * differ. Same in every year.
 */
public final class Rule523 implements Rule {
  @Override
  public String code() {
    return "523";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (PlacedForAdoption p : child.placedForAdoption()) {
      if (p.decisionDate().isEmpty()) {
        continue;
      }
      for (Adoption a : child.adoptions()) {
        if (a.decisionDate().filter(d -> !d.equals(p.decisionDate().get())).isPresent()) {
          flags.flag(p);
          flags.flag(a);
        }
      }
    }
  }
}
