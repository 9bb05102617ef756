package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.core.cin.Section47;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;

/**
 * 8875: The Date of Initial Child Protection Conference cannot be a weekend. DfE logic: "Where
 * present, the &lt;DateOfInitialCPC&gt; (N00110) must not be a Saturday, Sunday".
 *
 * <p>The enquiry's conference date. Flags the enquiry.
 */
public final class Rule8875 implements CinRule {
  @Override
  public String code() {
    return "8875";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    for (CinDetails episode : child.cinDetails()) {
      for (Section47 enquiry : episode.section47()) {
        if (enquiry.dateOfInitialCpc().filter(Section47Enquiries::isWeekend).isPresent()) {
          flags.flag(enquiry);
        }
      }
    }
  }
}
