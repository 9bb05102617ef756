package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.HealthOutcomes;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 181: "Data items relating to children looked after continuously for 12 months should be completed
 * with a 0 or 1." Flags an OC2 record with any of CONVICTED, HEALTH_CHECK, IMMUNISATIONS, TEETH_CHECK,
 * HEALTH_ASSESSMENT, SUBSTANCE_MISUSE, INTERVENTION_RECEIVED and INTERVENTION_OFFERED filled in with
 * something other than a valid code of the year.
 *
 * <p>A code with spaces around it ("0 ") is read as that code, so is not flagged (the Python
 * validator flags it): it is "a 0 or 1".
 */
public final class Rule181 implements Rule {
  @Override
  public String code() {
    return "181";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (HealthOutcomes oc2 : child.healthOutcomes()) {
      if (HealthOutcomeItems.anyInvalid(oc2, context.year())) {
        flags.flag(oc2);
      }
    }
  }
}
