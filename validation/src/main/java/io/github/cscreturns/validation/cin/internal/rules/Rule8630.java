package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;

/**
 * 8630: CIN Closure Date is before CIN Referral Date for the same CIN episode. DfE logic: "If present
 * &lt;CINclosureDate&gt; (N00102) must be on or after &lt;CINreferralDate&gt; (N00100) in the same
 * &lt;CINdetails&gt; instance".
 */
public final class Rule8630 implements CinRule {
  @Override
  public String code() {
    return "8630";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    for (CinDetails episode : child.cinDetails()) {
      if (episode.referralDate().isPresent()
          && episode.closureDate().filter(c -> c.isBefore(episode.referralDate().get())).isPresent()) {
        flags.flag(episode);
      }
    }
  }
}
