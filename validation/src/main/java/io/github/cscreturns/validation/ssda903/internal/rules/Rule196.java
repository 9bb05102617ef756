package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.HealthOutcomes;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 196: "Strengths and Difficulties (SDQ) reason is not a valid code." Flags an OC2 record whose
 * SDQ_REASON is filled in but is not a code of the year.
 *
 * <p>A lower-case "sdq1" is not a code and is flagged (the Python validator upper-cases its input
 * first): the codes are SDQ1 to SDQ5.
 */
public final class Rule196 implements Rule {
  @Override
  public String code() {
    return "196";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (HealthOutcomes oc2 : child.healthOutcomes()) {
      if (ItemPresence.isKnownAndNot(oc2.sdqReason(), oc2.unparsed("SDQ_REASON"), r -> r.isValidIn(context.year()))) {
        flags.flag(oc2);
      }
    }
  }
}
