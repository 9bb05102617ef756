package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.HealthOutcomes;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 185: "Child has not been looked after continuously for at least 12 months at 31 March but a Strengths
 * and Difficulties (SDQ) score has been completed." Flags an OC2 record with SDQ_SCORE filled in
 * (even if not valid) of a child not {@linkplain LookedAfterContinuously looked after continuously for 12 months at 31 March}.
 */
public final class Rule185 implements Rule {
  @Override
  public String code() {
    return "185";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (child.healthOutcomes().isEmpty()) {
      return;
    }
    boolean lookedAfter = LookedAfterContinuously.for12MonthsAt31March(child, context.year());
    for (HealthOutcomes oc2 : child.healthOutcomes()) {
      if (!lookedAfter && ItemPresence.isRecorded(oc2.sdqScore(), oc2, "SDQ_SCORE")) {
        flags.flag(oc2);
      }
    }
  }
}
