package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.Assessment;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;
import java.time.LocalDate;

/**
 * 8670Q: Assessment started more than 45 working days before the end of the census year, with no
 * assessment end date. DfE logic: "Where present, within an &lt;Assessments&gt; group, if
 * &lt;AssessmentAuthorisationDate&gt; (N00160) is not present then &lt;AssessmentActualStartDate&gt;
 * (N00159) should not be before the &lt;ReferenceDate&gt; (N00603) minus 45 working days."
 *
 * <p>Working days leave out weekends and England's bank holidays. The forty-five are counted as the
 * DfE's portal counts them (and as 8675Q counts its fifteen), the reference date being the first: the
 * limit is the reference date less 44 working days, and an assessment started before it is flagged.
 * An authorisation date written is present, even one that is no date (such as 2025-02-30).
 */
public final class Rule8670Q implements CinRule {
  @Override
  public String code() {
    return "8670Q";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    LocalDate limit = context.bankHolidays().minusWorkingDays(context.referenceDate(), 44);
    for (Assessment a : child.assessments()) {
      if (!a.hasContent("AssessmentAuthorisationDate", a.authorisationDate()) && a.startDate().filter(s -> s.isBefore(limit)).isPresent()) {
        flags.flag(a);
      }
    }
  }
}
