package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.HealthOutcomes;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 197a: "Reason for no Strengths and Difficulties (SDQ) score is not required if Strengths and
 * Difficulties Questionnaire score is filled in." Flags an OC2 record with both SDQ_SCORE and
 * SDQ_REASON filled in (even if not valid).
 */
public final class Rule197a implements Rule {
  @Override
  public String code() {
    return "197a";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (HealthOutcomes oc2 : child.healthOutcomes()) {
      if (ItemPresence.isRecorded(oc2.sdqScore(), oc2, "SDQ_SCORE")
          && ItemPresence.isRecorded(oc2.sdqReason(), oc2, "SDQ_REASON")) {
        flags.flag(oc2);
      }
    }
  }
}
