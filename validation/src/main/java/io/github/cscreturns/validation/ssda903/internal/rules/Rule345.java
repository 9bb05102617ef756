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
 * 345: "The data collection record shows the local authority is in touch with this young person, but
 * activity and/or accommodation data items are zero." Flags an OC3 record with IN_TOUCH YES and ACTIV
 * or ACCOM 0.
 */
public final class Rule345 implements Rule {
  @Override
  public String code() {
    return "345";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (CareLeaverCheckpoint oc3 : child.careLeaverCheckpoints()) {
      if (oc3.inTouch().orElse(null) == InTouch.YES
          && (oc3.activity().orElse(null) == CareLeaverActivity.NOT_IN_TOUCH
              || oc3.accommodation().orElse(null) == CareLeaverAccommodation.NOT_IN_TOUCH)) {
        flags.flag(oc3);
      }
    }
  }
}
