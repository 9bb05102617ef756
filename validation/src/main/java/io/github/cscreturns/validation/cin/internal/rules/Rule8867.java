package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.Assessment;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;

/**
 * 8867: CIN episode is shown as closed, however Assessment is not shown as completed. DfE logic: "If
 * &lt;CINclosureDate&gt; (N00102) is present then all instances of the &lt;Assessments&gt; group must
 * include the &lt;AssesssmentAuthorisationDate&gt; (N00160)". Flags the episode and each assessment
 * with no authorisation date; an episode with no assessment has none to complete. A date written is
 * present, even one that is no date.
 */
public final class Rule8867 implements CinRule {
  @Override
  public String code() {
    return "8867";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    for (CinDetails episode : child.cinDetails()) {
      if (!episode.hasContent("CINclosureDate", episode.closureDate())) {
        continue;
      }
      for (Assessment a : episode.assessments()) {
        if (!a.hasContent("AssessmentAuthorisationDate", a.authorisationDate())) {
          flags.flag(episode);
          flags.flag(a);
        }
      }
    }
  }
}
