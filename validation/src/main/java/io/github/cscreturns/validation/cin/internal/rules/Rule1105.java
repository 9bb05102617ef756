package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.ChildProtectionPlan;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;
import java.time.LocalDate;

/**
 * 1105: The child protection plan start date cannot be before the referral date. DfE logic: "Where
 * present, the &lt;CPPStartDate&gt; (N00105) must be on or after the &lt;CINReferralDate&gt; (N00100)".
 *
 * <p>A plan is compared with the referral of its own CIN episode; a plan starting before it is
 * flagged with that episode. A missing date on either side leaves nothing to compare.
 */
public final class Rule1105 implements CinRule {
  @Override
  public String code() {
    return "1105";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    for (CinDetails episode : child.cinDetails()) {
      if (episode.referralDate().isEmpty()) {
        continue;
      }
      LocalDate referral = episode.referralDate().get();
      for (ChildProtectionPlan plan : episode.childProtectionPlans()) {
        if (plan.startDate().filter(s -> s.isBefore(referral)).isPresent()) {
          flags.flag(plan);
          flags.flag(episode);
        }
      }
    }
  }
}
