package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 101: "Gender code is not valid." (to 2023-24); "The child or young person’s reported sex is not
 * valid." (from 2024-25). Flags a Header whose SEX is blank, unknown, or not valid in the year: 1/2
 * to 2023-24, M/F/U from 2024-25 (the codeset knows which).
 */
public final class Rule101 implements Rule {
  @Override
  public String code() {
    return "101";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (!child.headerRecorded()) {
      return;
    }
    if (!child.sex().map(s -> s.isValidIn(context.year())).orElse(false)) {
      flags.flag(child);
    }
  }
}
