package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;
import java.time.LocalDate;

/**
 * 8866: Source of Referral is missing or an invalid code. DfE logic: "If &lt;CinReferralDate&gt;
 * (N00100) is on or after 1 April 2013 then &lt;ReferralSource&gt; (N00152) must be present and must
 * be a valid code" (a referral source of the year).
 */
public final class Rule8866 implements CinRule {
  /** The day ReferralSource was introduced. */
  private static final LocalDate INTRODUCED = LocalDate.of(2013, 4, 1);

  @Override
  public String code() {
    return "8866";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    for (CinDetails episode : child.cinDetails()) {
      if (episode.referralDate().filter(r -> !r.isBefore(INTRODUCED)).isPresent()
          && episode.referralSource().filter(s -> s.isValidIn(context.year())).isEmpty()) {
        flags.flag(episode);
      }
    }
  }
}
