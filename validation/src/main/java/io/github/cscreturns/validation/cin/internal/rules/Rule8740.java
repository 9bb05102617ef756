package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.core.cin.Section47;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;

/**
 * 8740: For a Section 47 Enquiry that has not held the Initial Child Protection Conference by the
 * end of the census year, the start date must fall within the census year. DfE logic: "If a
 * &lt;Section47&gt; group does not contain the &lt;DateOfInitialCPC&gt; (N00110) and
 * &lt;ICPCnotRequired&gt; (N00111) is false then the &lt;S47ActualStartDate&gt; (N00148) must be on or
 * between [Start_Of_Census_Year] and &lt;ReferenceDate&gt; (N00603)".
 *
 * <p>ICPCnotRequired is false when written {@code false}, {@code FALSE} or {@code 0}. Flags the enquiry.
 */
public final class Rule8740 implements CinRule {
  @Override
  public String code() {
    return "8740";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    for (CinDetails episode : child.cinDetails()) {
      for (Section47 enquiry : episode.section47()) {
        if (!Section47Enquiries.hasConferenceDate(enquiry) && Section47Enquiries.isConferenceRequired(enquiry) && enquiry.startDate().filter(s -> !context.isInCensusPeriod(s)).isPresent()) {
          flags.flag(enquiry);
        }
      }
    }
  }
}
