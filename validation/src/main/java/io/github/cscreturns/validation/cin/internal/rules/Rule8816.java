package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 8816: An open CIN episode is shown and case is not a referral with no further action, but it is not
 * the latest episode. DfE logic: "If there is a &lt;CINdetails&gt; module present for the child where:
 * &lt;CINclosureDate&gt; (N00102) is missing; and &lt;ReferralNFA&gt; (N00112) = false or 0 then the
 * &lt;CINreferralDate&gt; (N00100) for this module must be the latest of all Referral Dates for that
 * child."
 *
 * <p>Flags the open episode and the (first) episode with the latest referral date; an open episode
 * with no referral date cannot be placed (rule 8600 reports it); one sharing the latest date is the
 * latest.
 */
public final class Rule8816 implements CinRule {
  @Override
  public String code() {
    return "8816";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    Optional<CinDetails> latest = Optional.empty();
    for (CinDetails episode : child.cinDetails()) {
      if (episode.referralDate().isPresent()
          && (latest.isEmpty() || episode.referralDate().get().isAfter(latest.get().referralDate().get()))) {
        latest = Optional.of(episode);
      }
    }
    if (latest.isEmpty()) {
      return;
    }
    LocalDate latestDate = latest.get().referralDate().get();
    for (CinDetails episode : child.cinDetails()) {
      if (ReferralNfa.isOpenWithFurtherAction(episode)
          && episode.referralDate().filter(r -> r.isBefore(latestDate)).isPresent()) {
        flags.flag(episode);
        flags.flag(latest.get());
      }
    }
  }
}
