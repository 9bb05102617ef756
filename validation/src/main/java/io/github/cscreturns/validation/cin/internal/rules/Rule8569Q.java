package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;
import java.time.LocalDate;

/**
 * 8569Q: A case with referral date before one working day prior to the collection start date must
 * not be flagged as a no further action case. DfE logic: "If &lt;CINreferralDate&gt; (N00100) is
 * before [Start_of_Census_Year] minus 1 working day, &lt;ReferralNFA&gt; (N00112) must be false".
 *
 * <p>The limit is the working day before 1 April (weekends and England's bank holidays skipped); a
 * referral on that day is not before it. A flag other than false or 0 (true, 1, missing, invalid) is
 * flagged.
 */
public final class Rule8569Q implements CinRule {
  @Override
  public String code() {
    return "8569Q";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    LocalDate limit = context.bankHolidays().minusWorkingDays(context.censusStart(), 1);
    for (CinDetails episode : child.cinDetails()) {
      if (episode.referralDate().filter(r -> r.isBefore(limit)).isPresent() && !ReferralNfa.isFalse(episode)) {
        flags.flag(episode);
      }
    }
  }
}
