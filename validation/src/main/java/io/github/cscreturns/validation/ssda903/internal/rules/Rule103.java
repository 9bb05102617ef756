package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 103: "The ethnicity code is either not valid or has not been entered." Flags a Header whose ETHNIC
 * is blank, unknown, or not valid in the year.
 */
public final class Rule103 implements Rule {
  @Override
  public String code() {
    return "103";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (!child.headerRecorded()) {
      return;
    }
    boolean valid = child.ethnicity().map(e -> e.isValidIn(context.year())).orElse(false);
    if (!valid) {
      flags.flag(child);
    }
  }
}
