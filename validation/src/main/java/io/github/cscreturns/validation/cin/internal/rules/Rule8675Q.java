package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.core.cin.Section47;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;
import java.time.LocalDate;

/**
 * 8675Q: S47 Enquiry started more than 15 working days before the end of the census year. However,
 * there is no date of Initial Child Protection Conference. DfE logic: "If &lt;DateOfInitialCPC&gt;
 * (N00110) not present and &lt;ICPCnotReqiured&gt; (N00111) equals false then
 * &lt;S47ActualStartDate&gt; (N00148) should not be before the &lt;ReferenceDate&gt; (N00603) minus 15
 * working days".
 *
 * <p>Working days leave out weekends and England's bank holidays. The fifteen are counted as the
 * DfE's portal counts them, the reference date being the first: the limit is the reference date less
 * 14 working days, and a start before it is flagged. ICPCnotRequired equals
 * false when written {@code false}, {@code FALSE} or {@code 0}. Flags the enquiry.
 */
public final class Rule8675Q implements CinRule {
  @Override
  public String code() {
    return "8675Q";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    LocalDate limit = context.bankHolidays().minusWorkingDays(context.referenceDate(), 14);
    for (CinDetails episode : child.cinDetails()) {
      for (Section47 enquiry : episode.section47()) {
        if (!Section47Enquiries.hasConferenceDate(enquiry)
            && Section47Enquiries.isConferenceRequired(enquiry)
            && enquiry.startDate().filter(s -> s.isBefore(limit)).isPresent()) {
          flags.flag(enquiry);
        }
      }
    }
  }
}
