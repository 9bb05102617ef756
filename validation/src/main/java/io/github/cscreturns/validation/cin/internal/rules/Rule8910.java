package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.ChildProtectionPlan;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;

/**
 * 8910: Latest Category of Abuse code missing or invalid (see Category of Abuse table in CIN Census
 * code set). DfE logic: "Where a Child Protection Plan module is present, &lt;LatestCategoryOfAbuse&gt; (N00114)
 * must be present and be a valid code".
 *
 * <p>Valid means a CategoryOfAbuse code of the collection year, written as the DfE spells it.
 */
public final class Rule8910 implements CinRule {
  @Override
  public String code() {
    return "8910";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    for (ChildProtectionPlan plan : ProtectionPlansOfChild.of(child)) {
      if (plan.latestCategoryOfAbuse().filter(c -> c.isValidIn(context.year())).isEmpty()) {
        flags.flag(plan);
      }
    }
  }
}
