package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.Oc2Flag;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.HealthOutcomes;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 158: "If a child has been recorded as receiving an intervention for their substance misuse problem,
 * then the additional item on whether an intervention was offered should be left blank." Flags an OC2
 * record with INTERVENTION_RECEIVED 1 and INTERVENTION_OFFERED filled in (even if not a valid code).
 */
public final class Rule158 implements Rule {
  @Override
  public String code() {
    return "158";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (HealthOutcomes oc2 : child.healthOutcomes()) {
      if (oc2.interventionReceived().orElse(null) == Oc2Flag.YES
          && ItemPresence.isRecorded(oc2.interventionOffered(), oc2, "INTERVENTION_OFFERED")) {
        flags.flag(oc2);
      }
    }
  }
}
