package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.core.cin.CinPlanDates;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;
import java.time.LocalDate;

/**
 * 4015: The CIN Plan start date cannot be before the referral date. DfE logic: "Where present, the
 * &lt;CINPlanStartDate&gt; (N00689) must be on or after the &lt;CINReferralDate&gt; (N00100)".
 *
 * <p>Flags the episode and each of its CIN plans starting before its referral.
 */
public final class Rule4015 implements CinRule {
  @Override
  public String code() {
    return "4015";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    for (CinDetails episode : child.cinDetails()) {
      LocalDate referral = episode.referralDate().orElse(null);
      if (referral == null) {
        continue;
      }
      for (CinPlanDates plan : episode.cinPlanDates()) {
        if (plan.startDate().filter(s -> s.isBefore(referral)).isPresent()) {
          flags.flag(episode);
          flags.flag(plan);
        }
      }
    }
  }
}
