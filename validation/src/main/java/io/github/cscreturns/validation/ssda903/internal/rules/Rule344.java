package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.CareLeaverAccommodation;
import io.github.cscreturns.codesets.ssda903.CareLeaverActivity;
import io.github.cscreturns.codesets.ssda903.InTouch;
import io.github.cscreturns.core.ssda903.CareLeaverCheckpoint;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 344: "The record shows the young person has died or returned home to live with parent(s) or someone
 * with parental responsibility for a continuous period of 6 months or more, but activity and/or
 * accommodation on leaving care have been completed." Flags an OC3 record with IN_TOUCH DIED or RHOM
 * whose ACTIV or ACCOM is anything but 0 (blank included: 0 is the code for these young people).
 */
public final class Rule344 implements Rule {
  @Override
  public String code() {
    return "344";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (CareLeaverCheckpoint oc3 : child.careLeaverCheckpoints()) {
      if ((oc3.inTouch().orElse(null) == InTouch.DIED || oc3.inTouch().orElse(null) == InTouch.RHOM)
          && (oc3.activity().orElse(null) != CareLeaverActivity.NOT_IN_TOUCH
              || oc3.accommodation().orElse(null) != CareLeaverAccommodation.NOT_IN_TOUCH)) {
        flags.flag(oc3);
      }
    }
  }
}
