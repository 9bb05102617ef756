package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.codesets.cin.ReasonForClosure;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;
import java.util.Set;

/**
 * 2990: Activity is recorded against a case marked as ‘Case closed after assessment, no further
 * action’ or 'case closed after assessment, referred to early help'. DfE logic: "If a
 * &lt;CINDetails&gt; module has &lt;ReasonForClosure&gt; (N00103) = RC8 or RC9, then it cannot have any
 * of the following modules: &lt;ChildProtectionPlan&gt; module &lt;DateofInitialCPC&gt; (N00110) within
 * the &lt;CINDetails&gt; module &lt;CINPlanDates&gt; module".
 *
 * <p>Section 47 enquiries are activity too (the rule's tables include Section47, and the earlier
 * wording of the rule listed the module). Flags the episode and each record of activity.
 */
public final class Rule2990 implements CinRule {
  private static final Set<ReasonForClosure> CLOSED_AFTER_ASSESSMENT =
      Set.of(ReasonForClosure.CLOSED_AFTER_ASSESSMENT_NO_FURTHER_ACTION, ReasonForClosure.CLOSED_AFTER_ASSESSMENT_REFERRED_TO_EARLY_HELP);

  @Override
  public String code() {
    return "2990";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    for (CinDetails episode : child.cinDetails()) {
      if (episode.reasonForClosure().filter(CLOSED_AFTER_ASSESSMENT::contains).isEmpty()) {
        continue;
      }
      boolean conference = episode.hasContent("DateOfInitialCPC", episode.dateOfInitialCpc());
      if (conference || !episode.childProtectionPlans().isEmpty() || !episode.cinPlanDates().isEmpty() || !episode.section47().isEmpty()) {
        flags.flag(episode);
        flags.flagAll(episode.childProtectionPlans());
        flags.flagAll(episode.cinPlanDates());
        flags.flagAll(episode.section47());
      }
    }
  }
}
