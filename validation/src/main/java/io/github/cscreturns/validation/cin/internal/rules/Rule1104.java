package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.core.cin.Section47;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;
import java.time.LocalDate;

/**
 * 1104: The date of the initial child protection conference cannot be before the referral date. DfE
 * logic: "Where present, the &lt;DateOfInitialCPC&gt; (N00110) should be on or after
 * &lt;CINreferralDate&gt; (N00100)".
 *
 * <p>The conference date of each section 47 enquiry against its episode's referral. Flags the
 * episode and the enquiry.
 */
public final class Rule1104 implements CinRule {
  @Override
  public String code() {
    return "1104";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    for (CinDetails episode : child.cinDetails()) {
      LocalDate referral = episode.referralDate().orElse(null);
      if (referral == null) {
        continue;
      }
      for (Section47 enquiry : episode.section47()) {
        if (enquiry.dateOfInitialCpc().filter(d -> d.isBefore(referral)).isPresent()) {
          flags.flag(episode);
          flags.flag(enquiry);
        }
      }
    }
  }
}
