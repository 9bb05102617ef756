package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.core.cin.CinPlanDates;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;

/**
 * 4011: CIN Plan End Date earlier than Start Date. DfE logic: "If present &lt;CINPlanEndDate&gt;
 * (N00690) must be on or after the &lt;CINPlanStartDate&gt; (N00689)".
 *
 * <p>Flags the CIN plan; a plan missing either date is left to the rules on its dates.
 */
public final class Rule4011 implements CinRule {
  @Override
  public String code() {
    return "4011";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    for (CinDetails episode : child.cinDetails()) {
      for (CinPlanDates plan : episode.cinPlanDates()) {
        if (plan.startDate().isPresent() && plan.endDate().filter(e -> e.isBefore(plan.startDate().get())).isPresent()) {
          flags.flag(plan);
        }
      }
    }
  }
}
