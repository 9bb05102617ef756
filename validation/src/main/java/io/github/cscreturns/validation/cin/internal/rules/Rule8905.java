package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.ChildProtectionPlan;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;

/**
 * 8905: Initial Category of Abuse code missing or invalid (see Category of Abuse table in CIN Census
 * code set). DfE logic: "Where a Child Protection Plan module is present, &lt;InitialCategoryOfAbuse&gt; (N00113)
 * must be present and be a valid code".
 *
 * <p>Valid means a CategoryOfAbuse code of the collection year, written as the DfE spells it.
 */
public final class Rule8905 implements CinRule {
  @Override
  public String code() {
    return "8905";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    for (ChildProtectionPlan plan : ProtectionPlansOfChild.of(child)) {
      if (plan.initialCategoryOfAbuse().filter(c -> c.isValidIn(context.year())).isEmpty()) {
        flags.flag(plan);
      }
    }
  }
}
