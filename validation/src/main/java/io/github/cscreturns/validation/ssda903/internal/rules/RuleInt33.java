package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/** INT33: "Internal Check: Child should only exist once in OC2." Flags every OC2 record of a child that has more than one. */
public final class RuleInt33 implements Rule {
  @Override
  public String code() {
    return "INT33";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (child.healthOutcomes().size() > 1) {
      flags.flagAll(child.healthOutcomes());
    }
  }
}
