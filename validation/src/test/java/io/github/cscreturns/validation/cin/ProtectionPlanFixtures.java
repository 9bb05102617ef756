package io.github.cscreturns.validation.cin;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.ChildProtectionPlan;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.core.cin.CppReviews;
import io.github.cscreturns.core.cin.ImmutableChildProtectionPlan;
import java.util.List;

/** Variations of the baseline child's child protection plans, for the plan and review rules' tests. */
final class ProtectionPlanFixtures {
  private ProtectionPlanFixtures() {}

  /** The years whose DfE catalogue holds the rule. */
  static List<CollectionYear> yearsWith(String code) {
    return CinRuleTester.yearsWith(code);
  }

  /** The baseline child's plan (the only plan of its only episode). */
  static ChildProtectionPlan plan(CinChild child) {
    return CinRuleTester.episode(child).childProtectionPlans().get(0);
  }

  /** A builder starting from the baseline child's plan. */
  static ImmutableChildProtectionPlan.Builder planLikeBaseline(CinChild child) {
    return ChildProtectionPlan.builder().from(plan(child));
  }

  /** The child with the plans of its first episode replaced. */
  static CinChild withPlans(CinChild child, ChildProtectionPlan... plans) {
    CinDetails episode = CinDetails.builder().from(CinRuleTester.episode(child)).childProtectionPlans(List.of(plans)).build();
    return CinRuleTester.withEpisode(child, episode);
  }

  /** A Reviews group holding the review dates exactly as written. */
  static CppReviews reviews(String... dateTexts) {
    return CppReviews.builder().addReviewDateTexts(dateTexts).build();
  }
}
