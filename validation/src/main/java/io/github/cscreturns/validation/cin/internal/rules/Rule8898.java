package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.Assessment;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;
import java.util.HashSet;
import java.util.List;

/**
 * 8898: The assessment has more than one parental or child factors with the same code. DfE logic: "If
 * there is more than one &lt;AssessmentFactors&gt; (N00181) for an assessment recorded, then none of
 * the values should appear more than once for an assessment."
 */
public final class Rule8898 implements CinRule {
  @Override
  public String code() {
    return "8898";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    for (Assessment a : child.assessments()) {
      List<String> factors = AssessmentFactors.written(a);
      if (new HashSet<>(factors).size() < factors.size()) {
        flags.flag(a);
      }
    }
  }
}
