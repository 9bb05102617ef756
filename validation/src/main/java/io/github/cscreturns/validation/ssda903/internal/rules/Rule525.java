package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Adoption;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.PlacedForAdoption;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 525: "A child for whom the decision to be placed for adoption has been reversed cannot be adopted
 * during the year." Flags each PlacedAdoption record with a DATE_PLACED_CEASED with each of the
 * child's AD1 records that has any of its six adoption items filled in. Same in every year.
 */
public final class Rule525 implements Rule {
  @Override
  public String code() {
    return "525";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (PlacedForAdoption p : child.placedForAdoption()) {
      if (ItemPresence.isBlank(p.ceasedDate(), p, "DATE_PLACED_CEASED")) {
        continue;
      }
      for (Adoption a : child.adoptions()) {
        if (AdoptionItems.itemsRecorded(a) > 0) {
          flags.flag(p);
          flags.flag(a);
        }
      }
    }
  }
}
