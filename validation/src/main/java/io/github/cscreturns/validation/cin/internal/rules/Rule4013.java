package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.core.cin.CinPlanDates;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;

/**
 * 4013: CIN Plan end date must fall within the census year. DfE logic: "If &lt;CINPlanEndDate&gt;
 * (N00690) is present, then&lt;CINPlanEndDate&gt; (N00690) must fall within [Period_of_Census]
 * inclusive".
 *
 * <p>Flags the CIN plan.
 */
public final class Rule4013 implements CinRule {
  @Override
  public String code() {
    return "4013";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    for (CinDetails episode : child.cinDetails()) {
      for (CinPlanDates plan : episode.cinPlanDates()) {
        if (plan.endDate().filter(e -> !context.isInCensusPeriod(e)).isPresent()) {
          flags.flag(plan);
        }
      }
    }
  }
}
