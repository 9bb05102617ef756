package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.HealthOutcomes;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 190: "Child has not been looked after continuously for at least 12 months at 31 March but one or more
 * data items relating to children looked after for 12 months have been completed." Flags an OC2
 * record with any of CONVICTED, HEALTH_CHECK, IMMUNISATIONS, TEETH_CHECK, HEALTH_ASSESSMENT,
 * SUBSTANCE_MISUSE, INTERVENTION_RECEIVED and INTERVENTION_OFFERED filled in, of a child not {@linkplain LookedAfterContinuously looked after continuously for 12 months at 31 March}.
 */
public final class Rule190 implements Rule {
  @Override
  public String code() {
    return "190";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (child.healthOutcomes().isEmpty()) {
      return;
    }
    boolean lookedAfter = LookedAfterContinuously.for12MonthsAt31March(child, context.year());
    for (HealthOutcomes oc2 : child.healthOutcomes()) {
      if (!lookedAfter && HealthOutcomeItems.anyRecorded(oc2)) {
        flags.flag(oc2);
      }
    }
  }
}
