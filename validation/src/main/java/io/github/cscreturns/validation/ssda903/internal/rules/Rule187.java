package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Adoption;
import io.github.cscreturns.core.ssda903.CareLeaverCheckpoint;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 187: "Child cannot be looked after continuously for 12 months at 31 March (OC2) and have any of
 * adoption or care leavers returns completed." For a child {@linkplain LookedAfterContinuously looked
 * after continuously for 12 months at 31 March}, flags each OC3 record with IN_TOUCH, ACTIV or ACCOM
 * filled in and each AD1 record with any of DATE_INT, DATE_MATCH, FOSTER_CARE, NB_ADOPTR, SEX_ADOPTR
 * and LS_ADOPTR filled in.
 */
public final class Rule187 implements Rule {
  @Override
  public String code() {
    return "187";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if ((child.careLeaverCheckpoints().isEmpty() && child.adoptions().isEmpty())
        || !LookedAfterContinuously.for12MonthsAt31March(child, context.year())) {
      return;
    }
    for (CareLeaverCheckpoint oc3 : child.careLeaverCheckpoints()) {
      if (CareLeaverItems.anyRecorded(oc3)) {
        flags.flag(oc3);
      }
    }
    for (Adoption ad1 : child.adoptions()) {
      if (AdoptionReturnItems.anyRecorded(ad1)) {
        flags.flag(ad1);
      }
    }
  }
}
