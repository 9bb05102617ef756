package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;
import java.util.List;

/**
 * 8815: More than one open CIN Details episode (a module with no CIN Closure Date) has been provided
 * for this child and case is not a referral with no further action. DfE logic: "If more than one
 * &lt;CINdetails&gt; module is present for the same child, then there must only be one where:
 * &lt;CINclosureDate&gt; (N00102) is missing; and &lt;ReferralNFA&gt; (N00112) = false or 0 Notes: a)
 * &lt;CINclosureDate&gt; (N00102) can be present on all modules, b) there may be more than one module
 * with no &lt;CINclosureDate&gt; where &lt;ReferralNFA&gt; (N00112) = true/1."
 *
 * <p>Flags each of the open episodes that led to further action; open referrals with no further
 * action are allowed (note b) and not flagged. A closure date written, even one that is no date,
 * closes the episode.
 */
public final class Rule8815 implements CinRule {
  @Override
  public String code() {
    return "8815";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    List<CinDetails> open = child.cinDetails().stream().filter(ReferralNfa::isOpenWithFurtherAction).toList();
    if (open.size() > 1) {
      flags.flagAll(open);
    }
  }
}
