package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.DeprivationOfLiberty;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 702: "The date that the DoLO ended is before the date that it started." Flags each DoLo record
 * whose DOLO_END is before its DOLO_START (both real dates).
 *
 * @since 2026-27
 */
public final class Rule702 implements Rule {
  @Override
  public String code() {
    return "702";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (DeprivationOfLiberty dolo : child.deprivationsOfLiberty()) {
      if (dolo.start().isPresent() && dolo.end().isPresent() && dolo.end().get().isBefore(dolo.start().get())) {
        flags.flag(dolo);
      }
    }
  }
}
