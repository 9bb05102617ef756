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

class Rule8840Test {
  static List<CollectionYear> years() {
    return ProtectionPlanFixtures.yearsWith("8840");
  }

  private static CinChild endingOn(CollectionYear year, int daysAfterStart) {
    CinChild child = CinRuleTester.child(year);
    LocalDate start = ProtectionPlanFixtures.plan(child).startDate().orElseThrow();
    return withPlans(child, planLikeBaseline(child).endDate(start.plusDays(daysAfterStart)).build());
  }

  @ParameterizedTest
  @MethodSource("years")
  void aPlanEndingAfterItsStartDayOrStillOpenPasses(CollectionYear year) {
    assertThat(flaggedByTheYearsRule("8840", endingOn(year, 1), year)).isEmpty();
    CinChild child = CinRuleTester.child(year);
    assertThat(flaggedByTheYearsRule("8840", withPlans(child, planLikeBaseline(child).endDate(Optional.empty()).build()), year)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("years")
  void aPlanEndingOnItsStartDayIsFlagged(CollectionYear year) {
    CinChild child = endingOn(year, 0);
    assertThat(flaggedByTheYearsRule("8840", child, year)).containsExactly(ProtectionPlanFixtures.plan(child));
  }
}
