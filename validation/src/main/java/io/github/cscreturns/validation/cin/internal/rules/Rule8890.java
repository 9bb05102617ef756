package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.core.cin.Section47;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * 8890: A Section 47 enquiry is shown as starting when there is another Section 47 Enquiry ongoing.
 * DfE logic: "Within one &lt;CINdetails&gt; group, each &lt;S47ActualStartDate&gt; (N00148) must not
 * fall on or between a) the &lt;S47ActualStartDate&gt; (N00148) and &lt;DateOfInitialCPC&gt; (N00110) of
 * any other &lt;Section47&gt; group that has a &lt;DateOfInitialCPC&gt; (N00110) or b) the
 * &lt;S47ActualStartDate&gt; (N00148) and the &lt;ReferenceDate&gt; (N00603) of any other
 * &lt;Section47&gt; group that has a missing &lt;DateOfInitialCPC&gt; (N00110) and the
 * &lt;ICPCnotRequired&gt; (N00111) flag is not true".
 *
 * <p>Flags both enquiries: the one starting within the other, and the other.
 */
public final class Rule8890 implements CinRule {
  @Override
  public String code() {
    return "8890";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    for (CinDetails episode : child.cinDetails()) {
      List<Section47> enquiries = episode.section47();
      for (int i = 0; i < enquiries.size(); i++) {
        LocalDate start = enquiries.get(i).startDate().orElse(null);
        if (start == null) {
          continue;
        }
        for (int j = 0; j < enquiries.size(); j++) {
          if (i != j && isWithin(start, enquiries.get(j), context.referenceDate())) {
            flags.flag(enquiries.get(i));
            flags.flag(enquiries.get(j));
          }
        }
      }
    }
  }

  /** Whether the date falls within the other enquiry: from its start to its conference, or, while it is open, to the reference date. */
  private static boolean isWithin(LocalDate date, Section47 other, LocalDate referenceDate) {
    Optional<LocalDate> otherStart = other.startDate();
    if (otherStart.isEmpty() || date.isBefore(otherStart.get())) {
      return false;
    }
    if (other.dateOfInitialCpc().isPresent()) {
      return !date.isAfter(other.dateOfInitialCpc().get());
    }
    return Section47Enquiries.isOngoing(other) && !date.isAfter(referenceDate);
  }
}
