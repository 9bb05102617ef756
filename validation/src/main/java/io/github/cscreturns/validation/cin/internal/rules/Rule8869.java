package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.Assessment;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;

/**
 * 8869: The assessment factors code "21" cannot be used in conjunction with any other assessment
 * factors. DfE logic: "If &lt;AssessmentFactors&gt; (N00181) = “21”, this must be the only
 * &lt;AssessmentFactors&gt; (N00181) present." Factors count wherever they are written: in
 * FactorsIdentifiedAtAssessment or bare under Assessments.
 */
public final class Rule8869 implements CinRule {
  @Override
  public String code() {
    return "8869";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    for (Assessment a : child.assessments()) {
      if (AssessmentFactors.has(a, AssessmentFactors.NO_FACTORS_IDENTIFIED) && AssessmentFactors.written(a).size() > 1) {
        flags.flag(a);
      }
    }
  }
}
