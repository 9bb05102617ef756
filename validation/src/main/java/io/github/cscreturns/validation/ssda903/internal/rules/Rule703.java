package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.DeprivationOfLiberty;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 703: "The date that the DoLO started is after the end of the collection year." Flags each DoLo
 * record whose DOLO_START is after 31 March of the collection year.
 *
 * @since 2026-27
 */
public final class Rule703 implements Rule {
  @Override
  public String code() {
    return "703";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (DeprivationOfLiberty dolo : child.deprivationsOfLiberty()) {
      if (dolo.start().isPresent() && dolo.start().get().isAfter(context.year().ssda903End())) {
        flags.flag(dolo);
      }
    }
  }
}
