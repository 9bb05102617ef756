package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.ChildProtectionPlan;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;

/**
 * 8720: Child Protection Plan Start Date missing or out of data collection period. DfE logic: "Where
 * a CPP module is present, &lt;CPPstartDate&gt; (N00105) must be present and on or before the
 * &lt;ReferenceDate&gt; (N00603)".
 *
 * <p>A start date that is not a date counts as missing.
 */
public final class Rule8720 implements CinRule {
  @Override
  public String code() {
    return "8720";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    for (ChildProtectionPlan plan : ProtectionPlansOfChild.of(child)) {
      if (plan.startDate().filter(s -> !s.isAfter(context.referenceDate())).isEmpty()) {
        flags.flag(plan);
      }
    }
  }
}
