package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * INT03: "Internal Check: Child in Episodes does not exist in Header." Flags every episode of a child
 * that the return has no Header row for ({@link Child#headerRecorded()} false). Same in every year.
 */
public final class RuleInt03 implements Rule {
  @Override
  public String code() {
    return "INT03";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (!child.headerRecorded()) {
      flags.flagAll(child.episodes());
    }
  }
}
