package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.codesets.cin.UpnUnknownReason;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;

/**
 * 8772: UPN unknown reason is UN7 (Referral with no further action) but at least one CIN details is a
 * referral going on to further action. DfE logic: "If &lt;UPNunknown&gt; (N00135) is UN7 then all of
 * the CIN details must have &lt;ReferralNFA&gt; (N00112) = 1 or true".
 *
 * <p>Each CINdetails whose ReferralNFA is not 1 or true (false, 0, another text, or none) is flagged,
 * with the ChildIdentifiers.
 */
public final class Rule8772 implements CinRule {
  @Override
  public String code() {
    return "8772";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    if (child.identifiers().upnUnknown().filter(UpnUnknownReason.UN7::equals).isEmpty()) {
      return;
    }
    for (CinDetails d : child.cinDetails()) {
      if (!ReferralNfa.isTrue(d)) {
        flags.flag(child.identifiers());
        flags.flag(d);
      }
    }
  }
}
