package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.core.cin.CinPlanDates;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * 4015: The CIN Plan start date cannot be before the referral date. DfE logic: "Where present, the
 * &lt;CINPlanStartDate&gt; (N00689) must be on or after the &lt;CINReferralDate&gt; (N00100)".
 *
 * <p>Flags the episode and each of its CIN plans starting before its referral.
 */
public final class Rule4015 extends BeforeReferralRule<CinPlanDates> {
  @Override
  public String code() {
    return "4015";
  }

  @Override
  List<CinPlanDates> modules(CinDetails episode) {
    return episode.cinPlanDates();
  }

  @Override
  Optional<LocalDate> date(CinPlanDates module) {
    return module.startDate();
  }
}
