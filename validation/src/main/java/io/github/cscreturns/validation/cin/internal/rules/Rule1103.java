package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.Assessment;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;
import java.time.LocalDate;

/**
 * 1103: The assessment start date cannot be before the referral date. DfE logic: "Where present, the
 * &lt;AssessmentActualStartDate&gt; (N00159) should be on or after the &lt;CINReferralDate&gt;
 * (N00100)". Flags the assessment and its CIN episode.
 */
public final class Rule1103 implements CinRule {
  @Override
  public String code() {
    return "1103";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    for (CinDetails episode : child.cinDetails()) {
      if (episode.referralDate().isEmpty()) {
        continue;
      }
      LocalDate referral = episode.referralDate().get();
      for (Assessment a : episode.assessments()) {
        if (a.startDate().filter(s -> s.isBefore(referral)).isPresent()) {
          flags.flag(a);
          flags.flag(episode);
        }
      }
    }
  }
}
