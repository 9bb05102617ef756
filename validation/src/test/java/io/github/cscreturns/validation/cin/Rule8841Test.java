package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.CinRuleTester.flaggedByTheYearsRule;
import static io.github.cscreturns.validation.cin.ProtectionPlanFixtures.planLikeBaseline;
import static io.github.cscreturns.validation.cin.ProtectionPlanFixtures.reviews;
import static io.github.cscreturns.validation.cin.ProtectionPlanFixtures.withPlans;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.ChildProtectionPlan;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CppReviews;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Rule8841Test {
  static List<CollectionYear> years() {
    return ProtectionPlanFixtures.yearsWith("8841");
  }

  private static LocalDate start(CollectionYear year) {
    return ProtectionPlanFixtures.plan(CinRuleTester.child(year)).startDate().orElseThrow();
  }

  private static CinChild withReviews(CollectionYear year, CppReviews... groups) {
    CinChild child = CinRuleTester.child(year);
    return withPlans(child, planLikeBaseline(child).reviews(List.of(groups)).build());
  }

  @ParameterizedTest
  @MethodSource("years")
  void reviewsAfterTheStartDayPass(CollectionYear year) {
    assertThat(flaggedByTheYearsRule("8841", CinRuleTester.child(year), year)).isEmpty();
    CinChild child = withReviews(year, reviews(start(year).plusDays(1).toString(), start(year).plusDays(40).toString()));
    assertThat(flaggedByTheYearsRule("8841", child, year)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("years")
  void aReviewOnOrBeforeTheStartDayIsFlaggedWithThePlan(CollectionYear year) {
    for (LocalDate review : List.of(start(year), start(year).minusDays(1))) {
      CinChild child = withReviews(year, reviews(review.toString()));
      ChildProtectionPlan plan = ProtectionPlanFixtures.plan(child);
      assertThat(flaggedByTheYearsRule("8841", child, year)).containsExactlyInAnyOrder(plan, plan.reviews().get(0));
    }
  }

  @ParameterizedTest
  @MethodSource("years")
  void everyReviewDateOfAGroupCountsAndOnlyTheGroupHoldingItIsFlagged(CollectionYear year) {
    CinChild child = withReviews(year,
        reviews(start(year).plusDays(30).toString()),
        reviews(start(year).plusDays(60).toString(), start(year).toString()));
    ChildProtectionPlan plan = ProtectionPlanFixtures.plan(child);
    assertThat(flaggedByTheYearsRule("8841", child, year)).containsExactlyInAnyOrder(plan, plan.reviews().get(1));
  }
}
