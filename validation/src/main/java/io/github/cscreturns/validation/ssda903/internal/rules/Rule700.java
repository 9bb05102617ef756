package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.DeprivationOfLiberty;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 700: "The start date of the DoLO is not a valid date." Flags each DoLo record whose DOLO_START is
 * blank or not a real dd/mm/yyyy date.
 *
 * @since 2026-27
 */
public final class Rule700 implements Rule {
  @Override
  public String code() {
    return "700";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (DeprivationOfLiberty dolo : child.deprivationsOfLiberty()) {
      if (dolo.start().isEmpty()) {
        flags.flag(dolo);
      }
    }
  }
}
