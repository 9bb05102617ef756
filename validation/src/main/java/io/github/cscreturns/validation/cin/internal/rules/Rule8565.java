package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.Assessment;
import io.github.cscreturns.core.cin.ChildProtectionPlan;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.core.cin.CinPlanDates;
import io.github.cscreturns.core.cin.CinRecord;
import io.github.cscreturns.core.cin.Section47;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 8565: Activity shown after a case has been closed. DfE logic: "If &lt;CINclosureDate&gt; (N00102)
 * is present then it must be on or after all of the following dates that are present:
 * &lt;AssessmentActualStartDate&gt; (N00159) &lt;AssessmentAuthorisationDate&gt;(N00160)
 * &lt;S47ActualStartDate&gt; (N00148) &lt;DateOfInitialCPC&gt; (N00110) &lt;CPPendDate&gt; (N00115)
 * &lt;CINPlanStartDate&gt; (N00689) &lt;CINPlanEndDate&gt; (N00690)".
 *
 * <p>Flags the closed CIN episode and each of its records holding a date after the closure (the
 * episode's own DateOfInitialCPC flags the episode alone; a section 47 enquiry's DateOfInitialCPC
 * counts too, as N00110 is recorded there).
 */
public final class Rule8565 implements CinRule {
  @Override
  public String code() {
    return "8565";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    for (CinDetails episode : child.cinDetails()) {
      if (episode.closureDate().isEmpty()) {
        continue;
      }
      LocalDate closed = episode.closureDate().get();
      if (after(episode.dateOfInitialCpc(), closed)) {
        flags.flag(episode);
      }
      for (Assessment a : episode.assessments()) {
        flagIf(after(a.startDate(), closed) || after(a.authorisationDate(), closed), episode, a, flags);
      }
      for (Section47 s : episode.section47()) {
        flagIf(after(s.startDate(), closed) || after(s.dateOfInitialCpc(), closed), episode, s, flags);
      }
      for (ChildProtectionPlan p : episode.childProtectionPlans()) {
        flagIf(after(p.endDate(), closed), episode, p, flags);
      }
      for (CinPlanDates p : episode.cinPlanDates()) {
        flagIf(after(p.startDate(), closed) || after(p.endDate(), closed), episode, p, flags);
      }
    }
  }

  private static boolean after(Optional<LocalDate> date, LocalDate closed) {
    return date.filter(d -> d.isAfter(closed)).isPresent();
  }

  private static void flagIf(boolean late, CinDetails episode, CinRecord record, CinFlags flags) {
    if (late) {
      flags.flag(episode);
      flags.flag(record);
    }
  }
}
