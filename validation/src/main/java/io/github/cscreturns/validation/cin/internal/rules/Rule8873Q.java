package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.Assessment;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;

/**
 * 8873Q: When there is only one assessment on the episode and the factors code "21 No factors
 * identified" has been used for the completed assessment, the reason for closure "RC8" or "RC9"
 * should be used. DfE logic: "Within a &lt;CINDetails&gt; group, if there is only one
 * &lt;Assessment&gt; group present and &lt;AssessmentFactors&gt; (N00181) = “21”,
 * &lt;ReasonForClosure&gt; (N00103) must should = RC8 or RC9."
 *
 * <p>An episode with no reason for closure (still open) has neither RC8 nor RC9 and is flagged. Flags
 * the assessment and its episode.
 */
public final class Rule8873Q implements CinRule {
  @Override
  public String code() {
    return "8873Q";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    for (CinDetails episode : child.cinDetails()) {
      if (episode.assessments().size() != 1) {
        continue;
      }
      Assessment only = episode.assessments().get(0);
      if (AssessmentFactors.has(only, AssessmentFactors.NO_FACTORS_IDENTIFIED) && !ClosureReasons.isClosedAfterAssessment(episode)) {
        flags.flag(only);
        flags.flag(episode);
      }
    }
  }
}
