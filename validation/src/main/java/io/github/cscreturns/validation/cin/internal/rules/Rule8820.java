package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;
import java.time.LocalDate;

/**
 * 8820: The dates on the CIN episodes for this child overlap. DfE logic: "If more than one
 * &lt;CINdetails&gt; module is present for the same child, then for each module the
 * &lt;CINreferralDate&gt; (N00100) must not fall; a) between the &lt;CINreferralDate&gt; (N00100) and
 * the &lt;CINclosureDate&gt; (N00102) if present; and b) between the &lt;CINreferralDate&gt; (N00100)
 * and the &lt;ReferenceDate&gt; (N00603) if the &lt;CINclosureDate&gt; is not present and
 * &lt;ReferralNFA&gt; (N00112) = false or 0".
 *
 * <p>"Between" includes both ends. Flags both episodes of each overlapping pair. An episode whose
 * closure date is written but is no date is not open (b), and nothing falls within it (a).
 */
public final class Rule8820 implements CinRule {
  @Override
  public String code() {
    return "8820";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    for (CinDetails episode : child.cinDetails()) {
      if (episode.referralDate().isEmpty()) {
        continue;
      }
      LocalDate referral = episode.referralDate().get();
      for (CinDetails other : child.cinDetails()) {
        if (other != episode && other.referralDate().isPresent() && fallsWithin(referral, other, context)) {
          flags.flag(episode);
          flags.flag(other);
        }
      }
    }
  }

  private static boolean fallsWithin(LocalDate referral, CinDetails other, CinRuleContext context) {
    if (referral.isBefore(other.referralDate().get())) {
      return false;
    }
    if (other.hasContent("CINclosureDate", other.closureDate())) {
      return other.closureDate().filter(c -> !referral.isAfter(c)).isPresent();
    }
    return ReferralNfa.isFalse(other) && !referral.isAfter(context.referenceDate());
  }
}
