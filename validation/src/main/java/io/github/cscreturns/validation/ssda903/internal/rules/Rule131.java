package io.github.cscreturns.validation.ssda903.internal.rules;


import io.github.cscreturns.core.ssda903.CareLeaverCheckpoint;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 131: "Data entry for being in touch after leaving care is invalid." Flags an OC3 record whose IN_TOUCH
 * is blank or not a code of the year.
 */
public final class Rule131 implements Rule {
  @Override
  public String code() {
    return "131";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (CareLeaverCheckpoint oc3 : child.careLeaverCheckpoints()) {
      if (!oc3.inTouch().map(c -> c.isValidIn(context.year())).orElse(false)) {
        flags.flag(oc3);
      }
    }
  }
}
