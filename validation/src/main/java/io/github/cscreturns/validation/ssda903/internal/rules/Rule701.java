package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.DeprivationOfLiberty;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 701: "The end date of the DoLO is not a valid date." Flags each DoLo record whose DOLO_END is
 * given but not a real dd/mm/yyyy date (a blank DOLO_END is an order still in force).
 *
 * @since 2026-27
 */
public final class Rule701 implements Rule {
  @Override
  public String code() {
    return "701";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (DeprivationOfLiberty dolo : child.deprivationsOfLiberty()) {
      if (dolo.end().isEmpty() && dolo.unparsed("DOLO_END").isPresent()) {
        flags.flag(dolo);
      }
    }
  }
}
