package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.Assessment;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;

/**
 * 8736: For an Assessment that has not been completed, the start date must fall within the census
 * year. DfE logic: "Where present, if an &lt;Assessments&gt; group does not contain the
 * &lt;AssessmentAuthorisationDate&gt; (N00160) then the &lt;AssessmentActualStartDate&gt; (N00159)
 * must be on or between [Start_Of_Census_Year] and &lt;ReferenceDate&gt; (N00603)". An assessment with
 * no start date is not judged ("where present"); an authorisation date written is present, even one
 * that is no date.
 */
public final class Rule8736 implements CinRule {
  @Override
  public String code() {
    return "8736";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    for (Assessment a : child.assessments()) {
      if (!a.hasContent("AssessmentAuthorisationDate", a.authorisationDate()) && a.startDate().filter(s -> !context.isInCensusPeriod(s)).isPresent()) {
        flags.flag(a);
      }
    }
  }
}
