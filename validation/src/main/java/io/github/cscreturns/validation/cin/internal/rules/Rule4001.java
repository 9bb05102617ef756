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
 * 4001: A CIN Plan cannot run concurrently with a Child Protection Plan. DfE logic: "If a
 * &lt;CINDetails&gt; module has a &lt;ChildProtectionPlan&gt; module present with no &lt;CPPendDate&gt;
 * (N00115) - then a &lt;CINPlanDates&gt; module with no &lt;CINPlanEndDate&gt; (N00690) must not be
 * present".
 *
 * <p>An end date written but not readable as a date is still an end date recorded. Flags, within
 * each episode, the open child protection plans and the open CIN plans, when both
 * are there.
 */
public final class Rule4001 implements CinRule {
  @Override
  public String code() {
    return "4001";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    for (CinDetails episode : child.cinDetails()) {
      List<ChildProtectionPlan> openProtection =
          episode.childProtectionPlans().stream().filter(p -> !p.hasContent("CPPendDate", p.endDate())).toList();
      List<CinPlanDates> openCinPlans =
          episode.cinPlanDates().stream().filter(p -> !p.hasContent("CINPlanEndDate", p.endDate())).toList();
      if (!openProtection.isEmpty() && !openCinPlans.isEmpty()) {
        flags.flagAll(openProtection);
        flags.flagAll(openCinPlans);
      }
    }
  }
}
