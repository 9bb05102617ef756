package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.Assessment;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;
import java.time.LocalDate;

/**
 * 8863Q: An Assessment is shown as starting when there is another Assessment ongoing. DfE logic:
 * "Within one &lt;CINdetails&gt; group, where present each &lt;AssessmentActualStartDate&gt; (N00159)
 * must not fall on or between: a) the &lt;AssessmentActualStartDate&gt; (N00159) and
 * &lt;AssessmentAuthorisation Date (N00160) of any other &lt;Assessments&gt; group that has an
 * &lt;AssessmentAuthorisationDate&gt; (N00160) b) the &lt;AssessmentActualStartDate&gt; (N00159) and
 * the &lt;ReferenceDate&gt; (N00603) where the &lt;AssessmentAuthorisationDate&gt; (N00160) is missing".
 *
 * <p>Flags both assessments of each overlapping pair.
 */
public final class Rule8863Q implements CinRule {
  @Override
  public String code() {
    return "8863Q";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    for (CinDetails episode : child.cinDetails()) {
      for (Assessment a : episode.assessments()) {
        if (a.startDate().isEmpty()) {
          continue;
        }
        for (Assessment other : episode.assessments()) {
          if (other != a && other.startDate().isPresent() && startsDuring(a.startDate().get(), other, context)) {
            flags.flag(a);
            flags.flag(other);
          }
        }
      }
    }
  }

  private static boolean startsDuring(LocalDate start, Assessment other, CinRuleContext context) {
    LocalDate end = other.authorisationDate().orElse(context.referenceDate());
    return !start.isBefore(other.startDate().get()) && !start.isAfter(end);
  }
}
