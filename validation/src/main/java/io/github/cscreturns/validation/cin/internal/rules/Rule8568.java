package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;

/**
 * 8568: RNFA flag is missing or invalid. DfE logic: "&lt;ReferralNFA&gt; (N00112) must be present and
 * must be 1 or 0, true or false". A flag that did not read as one of the YesNo codes (blank, other
 * text) is flagged, as is a missing one.
 */
public final class Rule8568 implements CinRule {
  @Override
  public String code() {
    return "8568";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    for (CinDetails episode : child.cinDetails()) {
      if (episode.referralNfa().isEmpty()) {
        flags.flag(episode);
      }
    }
  }
}
