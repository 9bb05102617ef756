package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.core.cin.CinPlanDates;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;
import java.util.List;

/**
 * 4004: This child is showing more than one open CIN Plan, i.e. with no End Date. DfE logic: "Within a
 * &lt;CINDetails&gt; module, there must be only one &lt;CINplanDates&gt; group where the &lt;CINPlanEnd
 * Date&gt; (N00690) is missing".
 *
 * <p>An end date written but not readable as a date is still an end date recorded. Flags every CIN
 * plan of an episode that has more than one open (the episode's plans as a whole are in question).
 */
public final class Rule4004 implements CinRule {
  @Override
  public String code() {
    return "4004";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    for (CinDetails episode : child.cinDetails()) {
      List<CinPlanDates> open =
          episode.cinPlanDates().stream().filter(p -> !p.hasContent("CINPlanEndDate", p.endDate())).toList();
      if (open.size() > 1) {
        flags.flagAll(episode.cinPlanDates());
      }
    }
  }
}
