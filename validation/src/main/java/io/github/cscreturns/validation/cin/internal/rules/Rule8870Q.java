package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.core.cin.Section47;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;

/**
 * 8870Q: The Target Date for Initial Child Protection Conference should not be a weekend. DfE
 * logic: "Where present, the &lt;InitialCPCtarget&gt; (N00109) should not be a Saturday, Sunday".
 *
 * <p>Flags the enquiry.
 */
public final class Rule8870Q implements CinRule {
  @Override
  public String code() {
    return "8870Q";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    for (CinDetails episode : child.cinDetails()) {
      for (Section47 enquiry : episode.section47()) {
        if (enquiry.initialCpcTarget().filter(Section47Enquiries::isWeekend).isPresent()) {
          flags.flag(enquiry);
        }
      }
    }
  }
}
