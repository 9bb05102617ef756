package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.ChildIdentifiers;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 8606: Child referral date is more than 40 weeks before DOB or expected DOB. DfE logic:
 * "&lt;CINreferralDate&gt; (N00100) cannot be more than 280 days before &lt;PersonBirthDate&gt; (N00066)
 * or &lt;ExpectedPersonBirthDate&gt; (N00098)".
 *
 * <p>Each CINdetails referred more than 280 days before either date is flagged, with the
 * ChildIdentifiers; a referral exactly 280 days before passes.
 */
public final class Rule8606 implements CinRule {
  private static final int DAYS = 280;

  @Override
  public String code() {
    return "8606";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    ChildIdentifiers id = child.identifiers();
    for (CinDetails d : child.cinDetails()) {
      LocalDate referral = d.referralDate().orElse(null);
      if (referral != null && (tooEarly(referral, id.birthDate()) || tooEarly(referral, id.expectedBirthDate()))) {
        flags.flag(d);
        flags.flag(id);
      }
    }
  }

  private static boolean tooEarly(LocalDate referral, Optional<LocalDate> birth) {
    return birth.filter(b -> referral.isBefore(b.minusDays(DAYS))).isPresent();
  }
}
