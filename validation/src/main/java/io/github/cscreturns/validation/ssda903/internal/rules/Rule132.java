package io.github.cscreturns.validation.ssda903.internal.rules;


import io.github.cscreturns.core.ssda903.CareLeaverCheckpoint;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 132: "Data entry for activity after leaving care is invalid." Flags an OC3 record whose ACTIV is
 * blank or not a code of the year (F3 and P3 ended in 2020-21).
 */
public final class Rule132 implements Rule {
  @Override
  public String code() {
    return "132";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (CareLeaverCheckpoint oc3 : child.careLeaverCheckpoints()) {
      if (!oc3.activity().map(c -> c.isValidIn(context.year())).orElse(false)) {
        flags.flag(oc3);
      }
    }
  }
}
