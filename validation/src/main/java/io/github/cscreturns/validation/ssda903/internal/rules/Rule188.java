package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.HealthOutcomes;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 188: "Child is aged under 4 years at the end of the year, but a Strengths and Difficulties (SDQ)
 * score or a reason for no SDQ score has been completed." Flags an OC2 record, of a child under 4 on
 * 31 March by the DOB on its row, with SDQ_SCORE or SDQ_REASON filled in.
 */
public final class Rule188 implements Rule {
  @Override
  public String code() {
    return "188";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (HealthOutcomes oc2 : child.healthOutcomes()) {
      if (HealthOutcomeItems.sdqRecorded(oc2)
          && RowDateOfBirth.of(oc2, child).map(d -> RowDateOfBirth.isUnder(d, 4, context.year().ssda903End())).orElse(false)) {
        flags.flag(oc2);
      }
    }
  }
}
