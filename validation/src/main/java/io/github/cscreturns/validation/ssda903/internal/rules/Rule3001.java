package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.CareLeaverAccommodation;
import io.github.cscreturns.core.ssda903.CareLeaverCheckpoint;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 3001: "Where care leavers information is being returned for a young person around their 17th
 * birthday, the accommodation cannot be with their former foster carer(s)." Flags each OC3 record
 * whose ACCOM is with former foster carer(s) (Z1, Z2) of a young person whose 17th birthday (by the
 * Header's DOB) falls in the year.
 */
public final class Rule3001 implements Rule {
  @Override
  public String code() {
    return "3001";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (child.dob().map(d -> !Birthdays.fallsInYear(d, 17, context.year())).orElse(true)) {
      return;
    }
    for (CareLeaverCheckpoint oc3 : child.careLeaverCheckpoints()) {
      if (oc3.accommodation().map(Rule3001::isWithFormerFosterCarers).orElse(false)) {
        flags.flag(oc3);
      }
    }
  }

  /** ACCOM Z1 and Z2: "With former foster carer(s)", suitable or not. */
  private static boolean isWithFormerFosterCarers(CareLeaverAccommodation accommodation) {
    return accommodation == CareLeaverAccommodation.Z1 || accommodation == CareLeaverAccommodation.Z2;
  }
}
