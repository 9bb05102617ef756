package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.Oc2Flag;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.HealthOutcomes;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 544: "Any child who has conviction information completed must also have immunisation, teeth check,
 * health assessment and substance misuse problem identified fields completed." Flags an OC2 record
 * with CONVICTED 1 and any of IMMUNISATIONS, TEETH_CHECK, HEALTH_ASSESSMENT and SUBSTANCE_MISUSE blank.
 */
public final class Rule544 implements Rule {
  @Override
  public String code() {
    return "544";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (HealthOutcomes oc2 : child.healthOutcomes()) {
      if (oc2.convicted().orElse(null) == Oc2Flag.YES && HealthOutcomeItems.anyCoreItemBlank(oc2)) {
        flags.flag(oc2);
      }
    }
  }
}
