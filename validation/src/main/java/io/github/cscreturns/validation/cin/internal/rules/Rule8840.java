package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.ChildProtectionPlan;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;

/**
 * 8840: Child Protection Plan cannot start and end on the same day. DfE logic: "Within a
 * &lt;ChildProtectionPlans&gt; group, &lt;CPPstartDate&gt; (N00105) must not be the same as the
 * &lt;CPPendDate&gt; (N00115)".
 */
public final class Rule8840 implements CinRule {
  @Override
  public String code() {
    return "8840";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    for (ChildProtectionPlan plan : ProtectionPlansOfChild.of(child)) {
      if (plan.startDate().isPresent() && plan.startDate().equals(plan.endDate())) {
        flags.flag(plan);
      }
    }
  }
}
