package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.core.cin.CinPlanDates;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;

/**
 * 4012Q: CIN Plan shown as starting and ending on the same day. DfE logic: "Within a
 * &lt;CINPlanDates&gt; group, &lt;CINPlanStartDate&gt; (N00689) should not be the same as the
 * &lt;CINPlanEndDate&gt; (N00690)".
 *
 * <p>Flags the CIN plan.
 */
public final class Rule4012Q implements CinRule {
  @Override
  public String code() {
    return "4012Q";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    for (CinDetails episode : child.cinDetails()) {
      for (CinPlanDates plan : episode.cinPlanDates()) {
        if (plan.startDate().isPresent() && plan.endDate().equals(plan.startDate())) {
          flags.flag(plan);
        }
      }
    }
  }
}
