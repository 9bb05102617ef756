package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.Oc2Flag;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.HealthOutcomes;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 159: "If a child has been recorded as not receiving an intervention for their substance misuse
 * problem, then the additional item on whether an intervention was offered should be completed as
 * well." Flags an OC2 record with SUBSTANCE_MISUSE 1, INTERVENTION_RECEIVED 0 and INTERVENTION_OFFERED
 * blank.
 */
public final class Rule159 implements Rule {
  @Override
  public String code() {
    return "159";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (HealthOutcomes oc2 : child.healthOutcomes()) {
      if (oc2.substanceMisuse().orElse(null) == Oc2Flag.YES
          && oc2.interventionReceived().orElse(null) == Oc2Flag.NO
          && ItemPresence.isBlank(oc2.interventionOffered(), oc2, "INTERVENTION_OFFERED")) {
        flags.flag(oc2);
      }
    }
  }
}
