package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;

/**
 * 8610: Primary Need code is missing for a referral which led to further action. DfE logic: "If
 * &lt;ReferralNFA&gt; (N00112) = false or 0 &lt;PrimaryNeedCode&gt; (N00101) must be present". A code
 * that is written but invalid is present (rule 8650 judges it).
 */
public final class Rule8610 implements CinRule {
  @Override
  public String code() {
    return "8610";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    for (CinDetails episode : child.cinDetails()) {
      if (ReferralNfa.isFalse(episode) && !episode.hasContent("PrimaryNeedCode", episode.primaryNeed())) {
        flags.flag(episode);
      }
    }
  }
}
