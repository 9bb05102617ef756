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

/**
 * 4003: A CPP review date is shown as being held at the same time as an open CIN Plan. DfE logic:
 * "Within a &lt;CINDetails&gt; module, no &lt;CPPReviewDate&gt; (N00116) can fall between any
 * &lt;CINPlanStartdate&gt; (N00689) or &lt;CINPlanEndDate&gt; (N00690) unless &lt;CPPReviewDate&gt; is
 * equal to &lt;CPPendDate&gt; (N00115)".
 *
 * <p>Between a CIN plan's start date and its end date: on or after the start and before the end (a
 * review on the day the CIN plan ends is held as the child protection plan takes over). Unlike 4014,
 * 4016 and 4017, the DfE gives no period to a CIN plan without an end date here. Flags the review, its
 * child protection plan and the CIN plan.
 */
public final class Rule4003 implements CinRule {
  @Override
  public String code() {
    return "4003";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    for (CinDetails episode : child.cinDetails()) {
      for (ChildProtectionPlan protection : episode.childProtectionPlans()) {
        for (CppReviews reviews : protection.reviews()) {
          for (LocalDate review : reviews.reviewDates()) {
            if (protection.endDate().filter(review::equals).isPresent()) {
              continue;
            }
            for (CinPlanDates plan : episode.cinPlanDates()) {
              if (isWithin(review, plan)) {
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

  private static boolean isWithin(LocalDate review, CinPlanDates plan) {
    return plan.startDate().isPresent()
        && plan.endDate().isPresent()
        && !review.isBefore(plan.startDate().get())
        && review.isBefore(plan.endDate().get());
  }
}
