package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * INT36: "Internal Check: Child should only exist once in UASC." Flags every UASC record of a child
 * with more than one. Same in every year.
 */
public final class RuleInt36 implements Rule {
  @Override
  public String code() {
    return "INT36";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (child.uasc().size() > 1) {
      flags.flagAll(child.uasc());
    }
  }
}
