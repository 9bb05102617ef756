package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.Sex;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 232 (query, from 2024-25): "Sex of the child/young person has been reported as unknown." Flags a
 * Header whose SEX is U.
 */
public final class Rule232 implements Rule {
  @Override
  public String code() {
    return "232";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (child.headerRecorded() && child.sex().orElse(null) == Sex.U) {
      flags.flag(child);
    }
  }
}
