package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.HealthOutcomes;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 180: "Data entry for the strengths and difficulties questionnaire (SDQ) score is invalid." Flags an
 * OC2 record whose SDQ_SCORE is filled in but is not a whole number from 0 to 40.
 */
public final class Rule180 implements Rule {
  private static final int MIN_SCORE = 0;
  private static final int MAX_SCORE = 40;

  @Override
  public String code() {
    return "180";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (HealthOutcomes oc2 : child.healthOutcomes()) {
      if (oc2.sdqScore().map(s -> s < MIN_SCORE || s > MAX_SCORE).orElse(oc2.unparsed("SDQ_SCORE").isPresent())) {
        flags.flag(oc2);
      }
    }
  }
}
