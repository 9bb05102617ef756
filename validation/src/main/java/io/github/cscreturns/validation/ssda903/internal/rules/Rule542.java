package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.HealthOutcomes;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 542: "A child aged under 10 at 31 March should not have conviction information completed." Flags an
 * OC2 record, of a child under 10 on 31 March by the DOB on its row, with CONVICTED filled in.
 */
public final class Rule542 implements Rule {
  @Override
  public String code() {
    return "542";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (HealthOutcomes oc2 : child.healthOutcomes()) {
      if (ItemPresence.isRecorded(oc2.convicted(), oc2, "CONVICTED")
          && RowDateOfBirth.of(oc2, child).map(d -> RowDateOfBirth.isUnder(d, 10, context.year().ssda903End())).orElse(false)) {
        flags.flag(oc2);
      }
    }
  }
}
