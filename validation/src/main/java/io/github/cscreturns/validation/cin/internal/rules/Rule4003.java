package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.ChildProtectionPlan;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.core.cin.CinPlanDates;
import io.github.cscreturns.core.cin.CppReviews;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 4003: A CPP review date is shown as being held at the same time as an open CIN Plan. DfE logic:
 * "Within a &lt;CINDetails&gt; module, no &lt;CPPReviewDate&gt; (N00116) can fall between any
 * &lt;CINPlanStartdate&gt; (N00689) or &lt;CINPlanEndDate&gt; (N00690) unless &lt;CPPReviewDate&gt; is
 * equal to &lt;CPPendDate&gt; (N00115)".
 *
 * <p>A CIN plan with no end date runs to the reference date. Flags the review, its child protection
 * plan and the CIN plan.
 */
public final class Rule4003 implements CinRule {
  @Override
  public String code() {
    return "4003";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    LocalDate referenceDate = context.referenceDate();
    for (CinDetails episode : child.cinDetails()) {
      for (ChildProtectionPlan protection : episode.childProtectionPlans()) {
        for (CppReviews reviews : protection.reviews()) {
          for (LocalDate review : reviews.reviewDates()) {
            if (protection.endDate().filter(review::equals).isPresent()) {
              continue;
            }
            for (CinPlanDates plan : episode.cinPlanDates()) {
              Optional<PlanPeriod> period = PlanPeriod.of(plan);
              if (period.isPresent() && period.get().holds(review, referenceDate)) {
                flags.flag(reviews);
                flags.flag(protection);
                flags.flag(plan);
              }
            }
          }
        }
      }
    }
  }
}
