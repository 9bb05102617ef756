package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Adoption;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 134: "Data on adoption should not be entered for the OC3 cohort." Where a child has an OC3 record
 * with IN_TOUCH, ACTIV or ACCOM filled in, flags each AD1 record with any of DATE_INT, DATE_MATCH,
 * FOSTER_CARE, NB_ADOPTR, SEX_ADOPTR and LS_ADOPTR filled in.
 */
public final class Rule134 implements Rule {
  @Override
  public String code() {
    return "134";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (child.careLeaverCheckpoints().stream().noneMatch(CareLeaverItems::anyRecorded)) {
      return;
    }
    for (Adoption ad1 : child.adoptions()) {
      if (AdoptionReturnItems.anyRecorded(ad1)) {
        flags.flag(ad1);
      }
    }
  }
}
