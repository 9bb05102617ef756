package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 171: "Date of birth of mother's child is not a valid date." Flags a Header whose MC_DOB was given
 * but is not a date. A blank MC_DOB is left to rule 611.
 */
public final class Rule171 implements Rule {
  @Override
  public String code() {
    return "171";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (child.headerRecorded() && child.motherChildDob().isEmpty() && child.unparsed("MC_DOB").isPresent()) {
      flags.flag(child);
    }
  }
}
