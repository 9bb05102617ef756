package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.ChildProtectionPlan;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CppReviews;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;
import java.time.LocalDate;

/**
 * 8841: The review date cannot be on the same day or before the Child protection Plan start date.
 * DfE logic: "Within a &lt;ChildProtectionPlans&gt; group, there should be no &lt;CPPreviewDate&gt;
 * (N00116) that is the same as or before the &lt;CPPstartDate&gt; (N00105)".
 *
 * <p>Every review date of a Reviews group counts, not only its first; a plan with such a review is
 * flagged with the Reviews group that holds it.
 */
public final class Rule8841 implements CinRule {
  @Override
  public String code() {
    return "8841";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    for (ChildProtectionPlan plan : ProtectionPlansOfChild.of(child)) {
      if (plan.startDate().isEmpty()) {
        continue;
      }
      LocalDate start = plan.startDate().get();
      for (CppReviews reviews : plan.reviews()) {
        if (reviews.reviewDates().stream().anyMatch(r -> !r.isAfter(start))) {
          flags.flag(plan);
          flags.flag(reviews);
        }
      }
    }
  }
}
