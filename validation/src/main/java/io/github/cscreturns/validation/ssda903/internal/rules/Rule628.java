package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 628: "Motherhood details are not required for care leavers who have not been looked after during
 * the year." Flags the Header of a child with no episode in this return, an OC3 record with IN_TOUCH,
 * ACTIV or ACCOM filled in, and MOTHER filled in (even if not valid).
 */
public final class Rule628 implements Rule {
  @Override
  public String code() {
    return "628";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (child.headerRecorded()
        && child.episodes().isEmpty()
        && child.careLeaverCheckpoints().stream().anyMatch(CareLeaverItems::anyRecorded)
        && ItemPresence.isRecorded(child.motherStatus(), child, "MOTHER")) {
      flags.flag(child);
    }
  }
}
