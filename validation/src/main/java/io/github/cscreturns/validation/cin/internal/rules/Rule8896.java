package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.Assessment;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;
import java.util.List;

/**
 * 8896: Within one CINDetails group there are 2 or more open Assessments groups. DfE logic: "Within
 * one &lt;CINdetails&gt; group, there must not be more than one &lt;Assessments&gt; group that has no
 * &lt;AssessmentAuthorisationDate&gt; (N00160) recorded". Flags each of the open assessments; an
 * authorisation date written is recorded, even one that is no date.
 */
public final class Rule8896 implements CinRule {
  @Override
  public String code() {
    return "8896";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    for (CinDetails episode : child.cinDetails()) {
      List<Assessment> open = episode.assessments().stream().filter(a -> !a.hasContent("AssessmentAuthorisationDate", a.authorisationDate())).toList();
      if (open.size() > 1) {
        flags.flagAll(open);
      }
    }
  }
}
