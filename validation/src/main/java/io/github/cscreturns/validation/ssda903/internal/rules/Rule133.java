package io.github.cscreturns.validation.ssda903.internal.rules;


import io.github.cscreturns.core.ssda903.CareLeaverCheckpoint;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 133: "Data entry for accommodation after leaving care is invalid. If reporting on a childs
 * accommodation after leaving care the data entry must be valid" Flags an OC3 record whose ACCOM is
 * blank or not a code of the year (S1 and X1 ended in 2021-22).
 */
public final class Rule133 implements Rule {
  @Override
  public String code() {
    return "133";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (CareLeaverCheckpoint oc3 : child.careLeaverCheckpoints()) {
      if (!oc3.accommodation().map(c -> c.isValidIn(context.year())).orElse(false)) {
        flags.flag(oc3);
      }
    }
  }
}
