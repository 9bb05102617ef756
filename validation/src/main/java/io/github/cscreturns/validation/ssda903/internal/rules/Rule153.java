package io.github.cscreturns.validation.ssda903.internal.rules;


import io.github.cscreturns.core.ssda903.CareLeaverCheckpoint;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 153: "All data items relating to a child's activity or accommodation after leaving care must be coded
 * or left blank." Flags an OC3 record with some but not all of IN_TOUCH, ACTIV and ACCOM filled in.
 */
public final class Rule153 implements Rule {
  @Override
  public String code() {
    return "153";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (CareLeaverCheckpoint oc3 : child.careLeaverCheckpoints()) {
      if (CareLeaverItems.anyRecorded(oc3) && !CareLeaverItems.allRecorded(oc3)) {
        flags.flag(oc3);
      }
    }
  }
}
