package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.core.cin.Section47;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;

/**
 * 8615: Section 47 Enquiry Start Date must be present and cannot be later than the date of the
 * initial Child Protection Conference. DfE logic: "Within a &lt;Section47&gt; group, if
 * &lt;DateOfInitialCPC&gt; (N00110) is present then &lt;S47ActualStartDate&gt; (N00148) must be present
 * and on or before the &lt;DateOfInitialCPC&gt; (N00110)".
 *
 * <p>A start date written but not readable as a date cannot be on or before the conference, so it
 * fails as a missing one does. Flags the enquiry.
 */
public final class Rule8615 implements CinRule {
  @Override
  public String code() {
    return "8615";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    for (CinDetails episode : child.cinDetails()) {
      for (Section47 enquiry : episode.section47()) {
        if (enquiry.dateOfInitialCpc().isPresent() && enquiry.startDate().map(s -> s.isAfter(enquiry.dateOfInitialCpc().get())).orElse(true)) {
          flags.flag(enquiry);
        }
      }
    }
  }
}
