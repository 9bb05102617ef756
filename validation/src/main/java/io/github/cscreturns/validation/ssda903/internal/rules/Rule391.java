package io.github.cscreturns.validation.ssda903.internal.rules;


import io.github.cscreturns.core.ssda903.CareLeaverCheckpoint;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 391: "Young person was not 17, 18, 19, 20 or 21 during the current collection year." Flags an OC3
 * record with any of IN_TOUCH, ACTIV and ACCOM filled in of a young person under 17 on 31 March (by
 * the DOB the rules of OC3 read).
 */
public final class Rule391 implements Rule {
  @Override
  public String code() {
    return "391";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (CareLeaverCheckpoint oc3 : child.careLeaverCheckpoints()) {
      if (CareLeaverItems.anyRecorded(oc3)
          && RowDateOfBirth.of(oc3, child).map(d -> RowDateOfBirth.isUnder(d, 17, context.year().ssda903End())).orElse(false)) {
        flags.flag(oc3);
      }
    }
  }
}
