package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.ChildProtectionPlan;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;

/**
 * 8930: Child Protection Plan End Date must fall within the census year. DfE logic: "If
 * &lt;CPPendDate&gt; (N00115) is present, then&lt;CPPendDate&gt; (N00115) must fall within
 * [Period_of_Census] inclusive".
 */
public final class Rule8930 implements CinRule {
  @Override
  public String code() {
    return "8930";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    for (ChildProtectionPlan plan : ProtectionPlansOfChild.of(child)) {
      if (plan.endDate().filter(e -> !context.isInCensusPeriod(e)).isPresent()) {
        flags.flag(plan);
      }
    }
  }
}
