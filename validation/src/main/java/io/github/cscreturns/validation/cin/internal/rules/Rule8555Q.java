package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;
import java.time.LocalDate;

/**
 * 8555Q: Child cannot be referred after its recorded date of death. DfE logic: "If
 * &lt;PersonDeathDate&gt; (N00108) is present, then the &lt;CINreferralDate&gt; (N00100) must be on or
 * before the &lt;PersonDeathDate&gt; (N00108)".
 *
 * <p>Each CINdetails referred after the death is flagged, with the ChildIdentifiers.
 */
public final class Rule8555Q implements CinRule {
  @Override
  public String code() {
    return "8555Q";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    child.identifiers().deathDate().ifPresent(death -> {
      for (CinDetails d : child.cinDetails()) {
        LocalDate referral = d.referralDate().orElse(null);
        if (referral != null && referral.isAfter(death)) {
          flags.flag(d);
          flags.flag(child.identifiers());
        }
      }
    });
  }
}
