package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.Assessment;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.core.cin.Section47;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;

/**
 * 8831: Activity is recorded against a case marked as a referral with no further action. DfE logic:
 * "If a &lt;CINdetails&gt; module has &lt;ReferralNFA&gt; (N00112) = true or 1, then it cannot have any
 * of the following: &lt;AssessmentActualStartDate&gt; (N00159) &lt;AssessmentAuthorisationDate&gt;
 * (N00160) &lt;S47ActualStartDate&gt; (N00148) &lt;DateOfInitialCPC&gt; (N00110)".
 *
 * <p>Flags the episode and each record holding such a date: an assessment with either date, a
 * section 47 enquiry with a start date. The episode's own DateOfInitialCPC flags the episode and its
 * section 47 enquiries, where that conference was recorded.
 */
public final class Rule8831 implements CinRule {
  @Override
  public String code() {
    return "8831";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    for (CinDetails episode : child.cinDetails()) {
      if (!ReferralNfa.isTrue(episode)) {
        continue;
      }
      boolean conference = episode.dateOfInitialCpc().isPresent();
      if (conference) {
        flags.flag(episode);
      }
      for (Section47 s : episode.section47()) {
        if (conference || s.startDate().isPresent()) {
          flags.flag(episode);
          flags.flag(s);
        }
      }
      for (Assessment a : episode.assessments()) {
        if (a.startDate().isPresent() || a.authorisationDate().isPresent()) {
          flags.flag(episode);
          flags.flag(a);
        }
      }
    }
  }
}
