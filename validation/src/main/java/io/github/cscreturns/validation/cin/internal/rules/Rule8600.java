package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;

/**
 * 8600: Child referral date missing or after data collection period. DfE logic:
 * "&lt;CINreferralDate&gt; (N00100) must be present and must be on or before &lt;ReferenceDate&gt;
 * (N00603)". A referral date that is not a date counts as missing.
 */
public final class Rule8600 implements CinRule {
  @Override
  public String code() {
    return "8600";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    for (CinDetails episode : child.cinDetails()) {
      if (episode.referralDate().filter(r -> !r.isAfter(context.referenceDate())).isEmpty()) {
        flags.flag(episode);
      }
    }
  }
}
