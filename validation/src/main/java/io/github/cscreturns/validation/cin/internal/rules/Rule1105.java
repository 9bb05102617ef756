package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.ChildProtectionPlan;
import io.github.cscreturns.core.cin.CinDetails;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * 1105: The child protection plan start date cannot be before the referral date. DfE logic: "Where
 * present, the &lt;CPPStartDate&gt; (N00105) must be on or after the &lt;CINReferralDate&gt; (N00100)".
 *
 * <p>A plan is compared with the referral of its own CIN episode; a plan starting before it is
 * flagged with that episode. A missing date on either side leaves nothing to compare.
 */
public final class Rule1105 extends BeforeReferralRule<ChildProtectionPlan> {
  @Override
  public String code() {
    return "1105";
  }

  @Override
  List<ChildProtectionPlan> modules(CinDetails episode) {
    return episode.childProtectionPlans();
  }

  @Override
  Optional<LocalDate> date(ChildProtectionPlan module) {
    return module.startDate();
  }
}
