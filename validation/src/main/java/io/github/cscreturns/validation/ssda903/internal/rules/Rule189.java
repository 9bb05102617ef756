package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.HealthOutcomes;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 189: "Child is aged 17 years or over at the beginning of the year, but an Strengths and Difficulties
 * (SDQ) score or a reason for no Strengths and Difficulties (SDQ) score has been completed." Flags an
 * OC2 record, of a child 17 or over on 1 April by the DOB on its row, with SDQ_SCORE or SDQ_REASON
 * filled in.
 */
public final class Rule189 implements Rule {
  @Override
  public String code() {
    return "189";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (HealthOutcomes oc2 : child.healthOutcomes()) {
      if (HealthOutcomeItems.sdqRecorded(oc2)
          && RowDateOfBirth.of(oc2, child).map(d -> !RowDateOfBirth.isUnder(d, 17, context.year().ssda903Start())).orElse(false)) {
        flags.flag(oc2);
      }
    }
  }
}
