package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.CinRuleTester.flaggedByTheYearsRule;
import static io.github.cscreturns.validation.cin.ProtectionPlanFixtures.planLikeBaseline;
import static io.github.cscreturns.validation.cin.ProtectionPlanFixtures.withPlans;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.CinChild;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Rule8925Test {
  static List<CollectionYear> years() {
    return ProtectionPlanFixtures.yearsWith("8925");
  }

  private static CinChild endingOn(CollectionYear year, int daysAfterStart) {
    CinChild child = CinRuleTester.child(year);
    LocalDate start = ProtectionPlanFixtures.plan(child).startDate().orElseThrow();
    return withPlans(child, planLikeBaseline(child).endDate(start.plusDays(daysAfterStart)).build());
  }

  @ParameterizedTest
  @MethodSource("years")
  void anEndOnOrAfterTheStartPasses(CollectionYear year) {
    assertThat(flaggedByTheYearsRule("8925", CinRuleTester.child(year), year)).isEmpty();
    assertThat(flaggedByTheYearsRule("8925", endingOn(year, 0), year)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("years")
  void anEndBeforeTheStartIsFlagged(CollectionYear year) {
    CinChild child = endingOn(year, -1);
    assertThat(flaggedByTheYearsRule("8925", child, year)).containsExactly(ProtectionPlanFixtures.plan(child));
  }

  @ParameterizedTest
  @MethodSource("years")
  void aMissingDateLeavesNothingToCompare(CollectionYear year) {
    CinChild early = endingOn(year, -5);
    CinChild noStart = withPlans(early, ProtectionPlanFixtures.planLikeBaseline(early).startDate(Optional.empty()).build());
    assertThat(flaggedByTheYearsRule("8925", noStart, year)).isEmpty();
  }
}
