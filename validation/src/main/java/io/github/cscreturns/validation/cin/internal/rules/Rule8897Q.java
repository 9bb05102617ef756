package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.Assessment;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;
import java.util.List;

/**
 * 8897Q: Parental or child factors at assessment information is missing from a completed
 * assessment. DfE logic: "Where present, if &lt;AssessmentAuthorisationDate&gt; (N00160) is on or
 * after [Start_Of_Census_Year] then one or more &lt;AssessmentFactors&gt; (N00181) must be present
 * within the same assessment module and must be a valid code".
 *
 * <p>Each factor written must be a factor code of the year (so 18A and 19A, withdrawn in 2020-21,
 * are not); blanks are not factors.
 */
public final class Rule8897Q implements CinRule {
  @Override
  public String code() {
    return "8897Q";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    for (Assessment a : child.assessments()) {
      if (a.authorisationDate().filter(d -> !d.isBefore(context.censusStart())).isEmpty()) {
        continue;
      }
      List<String> factors = AssessmentFactors.written(a);
      if (factors.isEmpty() || factors.stream().anyMatch(f -> !AssessmentFactors.isValid(f, context.year()))) {
        flags.flag(a);
      }
    }
  }
}
