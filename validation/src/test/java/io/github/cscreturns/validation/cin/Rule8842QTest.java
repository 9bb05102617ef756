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
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Rule8842QTest {
  static List<CollectionYear> years() {
    return ProtectionPlanFixtures.yearsWith("8842Q");
  }

  private static CinChild withReviews(CollectionYear year, CppReviews... groups) {
    CinChild child = CinRuleTester.child(year);
    return withPlans(child, planLikeBaseline(child).reviews(List.of(groups)).build());
  }

  @ParameterizedTest
  @MethodSource("years")
  void aGroupWithAValidDatePasses(CollectionYear year) {
    assertThat(flaggedByTheYearsRule("8842Q", CinRuleTester.child(year), year)).isEmpty();
    String valid = CinRuleTester.start(year).plusDays(150).toString();
    assertThat(flaggedByTheYearsRule("8842Q", withReviews(year, reviews("", valid)), year)).isEmpty();
    CinChild noReviews = withReviews(year);
    assertThat(flaggedByTheYearsRule("8842Q", noReviews, year)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("years")
  void aGroupWithoutAValidDateIsFlagged(CollectionYear year) {
    for (CppReviews group : List.of(reviews(""), reviews("not a date"), reviews("2022-02-30"), reviews(), reviews("", " "))) {
      CinChild child = withReviews(year, reviews(CinRuleTester.start(year).plusDays(150).toString()), group);
      ChildProtectionPlan plan = ProtectionPlanFixtures.plan(child);
      assertThat(flaggedByTheYearsRule("8842Q", child, year)).containsExactly(plan.reviews().get(1));
    }
  }
}
