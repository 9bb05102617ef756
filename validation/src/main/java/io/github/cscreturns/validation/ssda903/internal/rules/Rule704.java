package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.DeprivationOfLiberty;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 704: "The date that the DoLO ended is before the start or after the end of the collection year." Flags
 * each DoLo record whose DOLO_END is before 1 April or after 31 March of the collection year.
 *
 * @since 2026-27
 */
public final class Rule704 implements Rule {
  @Override
  public String code() {
    return "704";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (DeprivationOfLiberty dolo : child.deprivationsOfLiberty()) {
      if (dolo.end().isPresent() && !context.year().ssda903Contains(dolo.end().get())) {
        flags.flag(dolo);
      }
    }
  }
}
