package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 621: "Mother’s field has been completed but date of birth shows that the mother is younger than her
 * child." Flags a Header whose MC_DOB is on or before the child's own DOB. A child whose DOB is blank
 * or not a date is not flagged (the comparison cannot be made; rule 102 reports the DOB), where the
 * public Python validator flags any MC_DOB given.
 */
public final class Rule621 implements Rule {
  @Override
  public String code() {
    return "621";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (!child.headerRecorded() || child.dob().isEmpty() || child.motherChildDob().isEmpty()) {
      return;
    }
    if (!child.motherChildDob().get().isAfter(child.dob().get())) {
      flags.flag(child);
    }
  }
}
