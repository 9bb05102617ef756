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
 * 4017: A CIN Plan has been reported as open at the same time as a Child Protection Plan. DfE logic:
 * "The &lt;CPPstartDate&gt; (N00105) for any CPP group cannot fall within either:
 * &lt;CINPlanStartDate&gt; (N00689) or &lt;CINPlanEndDate&gt; (N00690); or &lt;CINPlanStartDate&gt; and
 * &lt;ReferenceDate&gt; (N00603) if &lt;CINPlanEndDate&gt; is not present - for any CIN Plan Group;
 * unless &lt;CCPstartDate&gt; is equal to &lt;CINPlanEndDate&gt; for this group."
 *
 * <p>Any CIN plan of the child, across its episodes. Flags the child protection plan and the CIN plan
 * it starts within.
 */
public final class Rule4017 implements CinRule {
  @Override
  public String code() {
    return "4017";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    List<CinPlanDates> cinPlans = child.cinDetails().stream().flatMap((CinDetails d) -> d.cinPlanDates().stream()).toList();
    for (CinDetails episode : child.cinDetails()) {
      for (ChildProtectionPlan protection : episode.childProtectionPlans()) {
        if (protection.startDate().isEmpty()) {
          continue;
        }
        for (CinPlanDates plan : cinPlans) {
          if (PlanPeriod.of(plan).filter(x -> x.holdsBeforeItsEnd(protection.startDate().get(), context.referenceDate())).isPresent()) {
            flags.flag(protection);
            flags.flag(plan);
          }
        }
      }
    }
  }
}
