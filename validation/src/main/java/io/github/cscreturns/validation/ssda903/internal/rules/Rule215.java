package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.CareLeaverCheckpoint;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.HealthOutcomes;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.List;

/**
 * 215: "Child has care leaver information but one or more data items relating to children looked
 * after for 12 months have been completed." Where a child has an OC3 record with IN_TOUCH, ACTIV or
 * ACCOM filled in and an OC2 record with any of CONVICTED, HEALTH_CHECK, IMMUNISATIONS, TEETH_CHECK,
 * HEALTH_ASSESSMENT, SUBSTANCE_MISUSE, INTERVENTION_RECEIVED and INTERVENTION_OFFERED filled in, flags
 * both records.
 */
public final class Rule215 implements Rule {
  @Override
  public String code() {
    return "215";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    List<CareLeaverCheckpoint> careLeaver =
        child.careLeaverCheckpoints().stream().filter(CareLeaverItems::anyRecorded).toList();
    List<HealthOutcomes> outcomes =
        child.healthOutcomes().stream().filter(HealthOutcomeItems::anyRecorded).toList();
    if (careLeaver.isEmpty() || outcomes.isEmpty()) {
      return;
    }
    flags.flagAll(careLeaver);
    flags.flagAll(outcomes);
  }
}
