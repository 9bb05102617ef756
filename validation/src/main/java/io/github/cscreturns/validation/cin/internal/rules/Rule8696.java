package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.Assessment;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;

/**
 * 8696: Assessment end date must fall within the census year. DfE logic: "If present
 * &lt;AssessmentAuthorisationDate&gt; (N00160) must be on or between [Start_Of_Census_Year] and
 * &lt;ReferenceDate&gt; (N00603)".
 */
public final class Rule8696 implements CinRule {
  @Override
  public String code() {
    return "8696";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    for (Assessment a : child.assessments()) {
      if (a.authorisationDate().filter(d -> !context.isInCensusPeriod(d)).isPresent()) {
        flags.flag(a);
      }
    }
  }
}
