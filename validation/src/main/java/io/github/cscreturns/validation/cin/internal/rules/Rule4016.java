package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.ChildProtectionPlan;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.core.cin.CinPlanDates;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;
import java.util.List;

/**
 * 4016: A CIN Plan has been reported as open at the same time as a Child Protection Plan. DfE logic:
 * "The &lt;CINPlanStartDate&gt; (N00689) for any CIN Plan group cannot fall within either:
 * &lt;CPPstartDate&gt; (N00105) or &lt;CPPendDate&gt; (N00115); or &lt;CPPstartDate&gt; and
 * &lt;ReferenceDate&gt; (N00603) if &lt;CPPendDate&gt; is not present - for any CPP group; unless
 * &lt;CINPlanStartDate&gt; is equal to &lt;CPPendDate&gt; for this group".
 *
 * <p>Any CPP group of the child, across its episodes. Flags the CIN plan and the child protection
 * plan it starts within.
 */
public final class Rule4016 implements CinRule {
  @Override
  public String code() {
    return "4016";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    List<ChildProtectionPlan> protection =
        child.cinDetails().stream().flatMap((CinDetails d) -> d.childProtectionPlans().stream()).toList();
    for (CinDetails episode : child.cinDetails()) {
      for (CinPlanDates plan : episode.cinPlanDates()) {
        if (plan.startDate().isEmpty()) {
          continue;
        }
        for (ChildProtectionPlan p : protection) {
          if (PlanPeriod.of(p).filter(x -> x.holdsBeforeItsEnd(plan.startDate().get(), context.referenceDate())).isPresent()) {
            flags.flag(plan);
            flags.flag(p);
          }
        }
      }
    }
  }
}
