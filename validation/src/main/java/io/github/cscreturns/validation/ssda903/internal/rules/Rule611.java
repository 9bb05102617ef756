package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.MotherStatus;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 611: "Date of birth field is blank, but child is a mother." Flags a Header with MOTHER 1 and a blank
 * MC_DOB (a date that did not parse is rule 171's).
 */
public final class Rule611 implements Rule {
  @Override
  public String code() {
    return "611";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (child.headerRecorded()
        && child.motherStatus().orElse(null) == MotherStatus.IS_A_MOTHER
        && ItemPresence.isBlank(child.motherChildDob(), child, "MC_DOB")) {
      flags.flag(child);
    }
  }
}
