package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.ChildProtectionPlan;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CppReviews;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;

/**
 * 8842Q: Please check and either amend or provide a reason: Review Record has a missing date. DfE
 * logic: "Where a &lt;Reviews&gt; group is present, a valid &lt;CPPreviewdate&gt; (N00116) should be
 * present within the group".
 *
 * <p>A Reviews group none of whose review dates is a valid date (none written, blank, or not a date)
 * is flagged; one valid date anywhere in the group is enough.
 */
public final class Rule8842Q implements CinRule {
  @Override
  public String code() {
    return "8842Q";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    for (ChildProtectionPlan plan : ProtectionPlansOfChild.of(child)) {
      for (CppReviews reviews : plan.reviews()) {
        if (reviews.reviewDates().isEmpty()) {
          flags.flag(reviews);
        }
      }
    }
  }
}
