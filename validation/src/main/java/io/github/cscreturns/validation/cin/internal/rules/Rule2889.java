package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.core.cin.Section47;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;
import java.time.LocalDate;

/**
 * 2889: The S47 start date cannot be before the referral date. DfE logic: "Where present, the
 * &lt;S47ActualStartDate&gt; (N00148) should be on or after the &lt;CINReferralDate&gt; (N00100)".
 *
 * <p>Flags the episode and the enquiry.
 */
public final class Rule2889 implements CinRule {
  @Override
  public String code() {
    return "2889";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    for (CinDetails episode : child.cinDetails()) {
      LocalDate referral = episode.referralDate().orElse(null);
      if (referral == null) {
        continue;
      }
      for (Section47 enquiry : episode.section47()) {
        if (enquiry.startDate().filter(d -> d.isBefore(referral)).isPresent()) {
          flags.flag(episode);
          flags.flag(enquiry);
        }
      }
    }
  }
}
