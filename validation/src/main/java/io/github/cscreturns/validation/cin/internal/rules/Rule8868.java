package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.core.cin.Section47;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;

/**
 * 8868: CIN episode is shown as closed, however Section 47 enquiry is not shown as completed by ICPC
 * date or ICPC not required flag. DfE logic: "If &lt;CINclosureDate&gt; (N00102) is present then all
 * instances of the &lt;Section47&gt; group must either i) include the &lt;DateOfInitialCPC&gt; (N00110)
 * or ii) include &lt;ICPCnotRequired&gt; (N00111) with a value of true or 1".
 *
 * <p>Either one or the other: an enquiry with both a conference date and ICPCnotRequired true is as
 * unfinished in its record as one with neither. Flags the closed episode and each such enquiry.
 */
public final class Rule8868 implements CinRule {
  @Override
  public String code() {
    return "8868";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    for (CinDetails episode : child.cinDetails()) {
      if (!episode.hasContent("CINclosureDate", episode.closureDate())) {
        continue;
      }
      for (Section47 enquiry : episode.section47()) {
        if (Section47Enquiries.hasConferenceDate(enquiry) == Section47Enquiries.isConferenceNotRequired(enquiry)) {
          flags.flag(episode);
          flags.flag(enquiry);
        }
      }
    }
  }
}
