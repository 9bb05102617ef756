package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.Oc2Flag;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.HealthOutcomes;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 192: "Child has been identified as having a substance misuse problem but the additional item on
 * whether an intervention was received has been left blank." Flags an OC2 record with
 * SUBSTANCE_MISUSE 1 and INTERVENTION_RECEIVED blank.
 */
public final class Rule192 implements Rule {
  @Override
  public String code() {
    return "192";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (HealthOutcomes oc2 : child.healthOutcomes()) {
      if (oc2.substanceMisuse().orElse(null) == Oc2Flag.YES
          && ItemPresence.isBlank(oc2.interventionReceived(), oc2, "INTERVENTION_RECEIVED")) {
        flags.flag(oc2);
      }
    }
  }
}
