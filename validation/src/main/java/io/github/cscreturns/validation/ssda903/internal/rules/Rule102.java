package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/** 102: "Date of birth is not a valid date." Flags a Header whose DOB is blank or not a date. */
public final class Rule102 implements Rule {
  @Override
  public String code() {
    return "102";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (child.headerRecorded() && child.dob().isEmpty()) {
      flags.flag(child);
    }
  }
}
