package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.HealthOutcomes;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 182: "Data entries on immunisations, teeth checks, health assessments and substance misuse problem
 * identified should be completed or all OC2 fields should be left blank." Flags an OC2 record that
 * leaves any of IMMUNISATIONS, TEETH_CHECK, HEALTH_ASSESSMENT and SUBSTANCE_MISUSE blank while any of
 * CONVICTED, HEALTH_CHECK, INTERVENTION_RECEIVED and INTERVENTION_OFFERED is filled in.
 */
public final class Rule182 implements Rule {
  @Override
  public String code() {
    return "182";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (HealthOutcomes oc2 : child.healthOutcomes()) {
      if (HealthOutcomeItems.anyCoreItemBlank(oc2) && HealthOutcomeItems.anyOtherItemRecorded(oc2)) {
        flags.flag(oc2);
      }
    }
  }
}
