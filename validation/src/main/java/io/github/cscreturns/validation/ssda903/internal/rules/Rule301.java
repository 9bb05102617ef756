package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/** 301: "Date of birth falls after the year ended." Flags a Header whose DOB is after 31 March of the year. */
public final class Rule301 implements Rule {
  @Override
  public String code() {
    return "301";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (child.headerRecorded() && child.dob().map(d -> d.isAfter(context.year().ssda903End())).orElse(false)) {
      flags.flag(child);
    }
  }
}
