package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.core.cin.Section47;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;

/**
 * 8715: Date of Initial Child Protection Conference must fall within the census year. DfE logic:
 * "If present &lt;DateOfInitialCPC&gt; (N00110) must be on or between [Start_Of_Census_Year] and
 * &lt;ReferenceDate&gt; (N00603)".
 *
 * <p>The enquiry's conference date. Flags the enquiry.
 */
public final class Rule8715 implements CinRule {
  @Override
  public String code() {
    return "8715";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    for (CinDetails episode : child.cinDetails()) {
      for (Section47 enquiry : episode.section47()) {
        if (enquiry.dateOfInitialCpc().filter(d -> !context.isInCensusPeriod(d)).isPresent()) {
          flags.flag(enquiry);
        }
      }
    }
  }
}
