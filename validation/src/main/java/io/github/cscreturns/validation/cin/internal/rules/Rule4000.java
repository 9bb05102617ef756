package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;

/**
 * 4000: CIN Plan details provided for a referral with no further action. The DfE publishes no logic
 * text for this rule; its message and items read: "If a CINdetails module has ReferralNFA true/1, it
 * must have no CINPlanDates module."
 *
 * <p>Flags the episode and each of its CIN plans.
 */
public final class Rule4000 implements CinRule {
  @Override
  public String code() {
    return "4000";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    for (CinDetails episode : child.cinDetails()) {
      if (ReferralNfa.isTrue(episode) && !episode.cinPlanDates().isEmpty()) {
        flags.flag(episode);
        flags.flagAll(episode.cinPlanDates());
      }
    }
  }
}
