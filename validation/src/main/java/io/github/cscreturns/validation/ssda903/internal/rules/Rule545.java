package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.HealthOutcomes;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 545: "Child is aged under 5 at 31 March and has been looked after continuously for 12 months yet
 * health promotion information has not been completed." Flags an OC2 record, of a child under 5 on
 * 31 March by the DOB on its row and {@linkplain LookedAfterContinuously looked after continuously for
 * 12 months at 31 March}, with HEALTH_CHECK blank.
 */
public final class Rule545 implements Rule {
  @Override
  public String code() {
    return "545";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (HealthOutcomes oc2 : child.healthOutcomes()) {
      if (ItemPresence.isBlank(oc2.healthCheck(), oc2, "HEALTH_CHECK")
          && RowDateOfBirth.of(oc2, child).map(d -> RowDateOfBirth.isUnder(d, 5, context.year().ssda903End())).orElse(false)
          && LookedAfterContinuously.for12MonthsAt31March(child, context.year())) {
        flags.flag(oc2);
      }
    }
  }
}
