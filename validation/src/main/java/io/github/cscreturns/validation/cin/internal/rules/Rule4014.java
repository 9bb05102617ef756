package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.core.cin.CinPlanDates;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;
import java.util.List;

/**
 * 4014: CIN Plan data contains overlapping dates. DfE logic: "Where more than one &lt;CINplanDates&gt;
 * group is included, the &lt;CINPlanStartDate&gt; (N00105) of each group cannot fall within either: a)
 * &lt;CINPlanStartDate&gt; (N00105) to &lt;CINPlanEndDate&gt; (N00115), or b) &lt;CINPlanStartDate&gt;
 * (N00105) and &lt;ReferenceDate&gt; if &lt;CINPlanEndDate&gt; (N00115) is not present".
 *
 * <p>The groups are every CIN plan of the child, across its episodes. Flags both plans: the one
 * starting within the other, and the other.
 */
public final class Rule4014 implements CinRule {
  @Override
  public String code() {
    return "4014";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    List<CinPlanDates> plans = child.cinDetails().stream().flatMap((CinDetails d) -> d.cinPlanDates().stream()).toList();
    for (int i = 0; i < plans.size(); i++) {
      CinPlanDates starting = plans.get(i);
      if (starting.startDate().isEmpty()) {
        continue;
      }
      for (int j = 0; j < plans.size(); j++) {
        if (i == j) {
          continue;
        }
        CinPlanDates other = plans.get(j);
        if (PlanPeriod.of(other).filter(p -> p.holds(starting.startDate().get(), context.referenceDate())).isPresent()) {
          flags.flag(starting);
          flags.flag(other);
        }
      }
    }
  }
}
