package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.ChildProtectionPlan;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;

/**
 * 8925: Child Protection Plan End Date earlier than Start Date. DfE logic: "If present
 * &lt;CPPendDate&gt; (N00115) must be on or after the &lt;CPPstartDate&gt; (N00105)".
 */
public final class Rule8925 implements CinRule {
  @Override
  public String code() {
    return "8925";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    for (ChildProtectionPlan plan : ProtectionPlansOfChild.of(child)) {
      if (plan.startDate().isPresent() && plan.endDate().filter(e -> e.isBefore(plan.startDate().get())).isPresent()) {
        flags.flag(plan);
      }
    }
  }
}
