package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.DeprivationOfLiberty;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 708: "Dates of DoLOs are before child’s date of birth." Flags each DoLo record whose DOLO_START
 * (or DOLO_END) is before the child's DOB.
 *
 * @since 2026-27
 */
public final class Rule708 implements Rule {
  @Override
  public String code() {
    return "708";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (DeprivationOfLiberty dolo : child.deprivationsOfLiberty()) {
      if (child.dob().isPresent()
          && (dolo.start().map(d -> d.isBefore(child.dob().get())).orElse(false)
              || dolo.end().map(d -> d.isBefore(child.dob().get())).orElse(false))) {
        flags.flag(dolo);
      }
    }
  }
}
