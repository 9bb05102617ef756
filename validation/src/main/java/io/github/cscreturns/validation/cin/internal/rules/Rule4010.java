package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.core.cin.CinPlanDates;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;

/**
 * 4010: CIN Plan start date is missing or out of data collection period. DfE logic: "Where a
 * &lt;CINPlanDates&gt; module is present, &lt;CINPlanStartDate&gt; (N00689) must be present and on or
 * before the &lt;ReferenceDate&gt; (N00603)".
 *
 * <p>A start date written but not readable as a date cannot be on or before the reference date, so
 * it fails as a missing one does. Flags the CIN plan.
 */
public final class Rule4010 implements CinRule {
  @Override
  public String code() {
    return "4010";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    for (CinDetails episode : child.cinDetails()) {
      for (CinPlanDates plan : episode.cinPlanDates()) {
        if (plan.startDate().map(s -> s.isAfter(context.referenceDate())).orElse(true)) {
          flags.flag(plan);
        }
      }
    }
  }
}
