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

class Rule8930Test {
  static List<CollectionYear> years() {
    return ProtectionPlanFixtures.yearsWith("8930");
  }

  private static CinChild endingOn(CollectionYear year, LocalDate end) {
    CinChild child = CinRuleTester.child(year);
    return withPlans(child, planLikeBaseline(child).startDate(end.minusYears(2)).endDate(end).build());
  }

  @ParameterizedTest
  @MethodSource("years")
  void anEndWithinTheCensusPeriodBothEndsIncludedPasses(CollectionYear year) {
    assertThat(flaggedByTheYearsRule("8930", CinRuleTester.child(year), year)).isEmpty();
    assertThat(flaggedByTheYearsRule("8930", endingOn(year, CinRuleTester.start(year)), year)).isEmpty();
    assertThat(flaggedByTheYearsRule("8930", endingOn(year, CinRuleTester.referenceDate(year)), year)).isEmpty();
    CinChild child = CinRuleTester.child(year);
    assertThat(flaggedByTheYearsRule("8930", withPlans(child, planLikeBaseline(child).endDate(Optional.empty()).build()), year)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("years")
  void anEndOutsideTheCensusPeriodIsFlagged(CollectionYear year) {
    for (LocalDate end : List.of(CinRuleTester.start(year).minusDays(1), CinRuleTester.referenceDate(year).plusDays(1))) {
      CinChild child = endingOn(year, end);
      assertThat(flaggedByTheYearsRule("8930", child, year)).containsExactly(ProtectionPlanFixtures.plan(child));
    }
  }
}
