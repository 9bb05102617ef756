package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.Assessment;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;

/**
 * 8608: Assessment Start Date cannot be later than its End Date. DfE logic: "If present
 * &lt;AssessmentAuthorisationDate&gt; (N00160) must be on or after the
 * &lt;AssessmentActualStartDate&gt; (N00159)".
 */
public final class Rule8608 implements CinRule {
  @Override
  public String code() {
    return "8608";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    for (Assessment a : child.assessments()) {
      if (a.startDate().isPresent()
          && a.authorisationDate().filter(end -> end.isBefore(a.startDate().get())).isPresent()) {
        flags.flag(a);
      }
    }
  }
}
