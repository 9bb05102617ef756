package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;

/**
 * 8832: Child Protection details provided for a referral with no further action. DfE logic: "If a
 * &lt;CINdetails&gt; module has &lt;ReferralNFA&gt; (N00112) = true or 1, then there should be no Child
 * Protection module present".
 *
 * <p>An episode whose referral needed no further action ({@code true} or {@code 1}; {@code TRUE} is neither, see {@link ReferralNfa}) and
 * that holds child protection plans is flagged with each of its plans.
 */
public final class Rule8832 implements CinRule {
  @Override
  public String code() {
    return "8832";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    for (CinDetails episode : child.cinDetails()) {
      if (ReferralNfa.isTrue(episode) && !episode.childProtectionPlans().isEmpty()) {
        flags.flag(episode);
        flags.flagAll(episode.childProtectionPlans());
      }
    }
  }
}
