package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.Assessment;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;

/**
 * 8614: Parental or child factors at assessment should only be present for a completed assessment.
 * DfE logic: "If &lt;AssessmentAuthorisationDate&gt; (N00160) is missing, &lt;AssessmentFactors&gt;
 * (N00181) within the same module must also be missing". An AssessmentFactors written blank is
 * missing.
 */
public final class Rule8614 implements CinRule {
  @Override
  public String code() {
    return "8614";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    for (Assessment a : child.assessments()) {
      if (!a.hasContent("AssessmentAuthorisationDate", a.authorisationDate()) && AssessmentFactors.anyWritten(a)) {
        flags.flag(a);
      }
    }
  }
}
