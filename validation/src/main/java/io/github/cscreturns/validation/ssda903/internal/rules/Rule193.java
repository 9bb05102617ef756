package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.Oc2Flag;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.HealthOutcomes;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 193: "Child not identified as having a substance misuse problem but at least one of the two
 * additional items on whether an intervention were offered and received have been completed." Flags
 * an OC2 record with SUBSTANCE_MISUSE 0 or blank and INTERVENTION_RECEIVED or INTERVENTION_OFFERED
 * filled in.
 */
public final class Rule193 implements Rule {
  @Override
  public String code() {
    return "193";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (HealthOutcomes oc2 : child.healthOutcomes()) {
      if ((oc2.substanceMisuse().orElse(null) == Oc2Flag.NO
              || ItemPresence.isBlank(oc2.substanceMisuse(), oc2, "SUBSTANCE_MISUSE"))
          && (ItemPresence.isRecorded(oc2.interventionReceived(), oc2, "INTERVENTION_RECEIVED")
              || ItemPresence.isRecorded(oc2.interventionOffered(), oc2, "INTERVENTION_OFFERED"))) {
        flags.flag(oc2);
      }
    }
  }
}
