package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/** INT34: "Internal Check: Child should only exist once in OC3." Flags every OC3 record of a child that has more than one. */
public final class RuleInt34 implements Rule {
  @Override
  public String code() {
    return "INT34";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (child.careLeaverCheckpoints().size() > 1) {
      flags.flagAll(child.careLeaverCheckpoints());
    }
  }
}
