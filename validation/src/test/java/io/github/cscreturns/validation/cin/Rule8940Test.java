package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.CinRuleTester.episode;
import static io.github.cscreturns.validation.cin.CinRuleTester.flaggedByTheYearsRule;
import static io.github.cscreturns.validation.cin.ProtectionPlanFixtures.planLikeBaseline;
import static io.github.cscreturns.validation.cin.ProtectionPlanFixtures.withPlans;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.ChildProtectionPlan;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Rule8940Test {
  static List<CollectionYear> years() {
    return ProtectionPlanFixtures.yearsWith("8940");
  }

  private static ChildProtectionPlan plan(CinChild child, LocalDate start, Optional<LocalDate> end) {
    return planLikeBaseline(child).startDate(start).endDate(end).build();
  }

  private static LocalDate firstEnd(CinChild child) {
    return ProtectionPlanFixtures.plan(child).endDate().orElseThrow();
  }

  @ParameterizedTest
  @MethodSource("years")
  void aPlanStartingAfterTheOtherEndsPasses(CollectionYear year) {
    CinChild base = CinRuleTester.child(year);
    assertThat(flaggedByTheYearsRule("8940", base, year)).isEmpty();
    CinChild child = withPlans(base, ProtectionPlanFixtures.plan(base), plan(base, firstEnd(base).plusDays(1), Optional.empty()));
    assertThat(flaggedByTheYearsRule("8940", child, year)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("years")
  void aPlanStartingOnTheDayTheOtherEndsIsFlaggedWithIt(CollectionYear year) {
    CinChild base = CinRuleTester.child(year);
    CinChild child = withPlans(base, ProtectionPlanFixtures.plan(base), plan(base, firstEnd(base), Optional.empty()));
    assertThat(flaggedByTheYearsRule("8940", child, year)).containsExactlyInAnyOrderElementsOf(episode(child).childProtectionPlans());
  }

  @ParameterizedTest
  @MethodSource("years")
  void anOpenPlanRunsToTheReferenceDate(CollectionYear year) {
    CinChild base = CinRuleTester.child(year);
    LocalDate start = ProtectionPlanFixtures.plan(base).startDate().orElseThrow();
    LocalDate reference = CinRuleTester.referenceDate(year);
    CinChild within = withPlans(base, plan(base, start, Optional.empty()), plan(base, reference, Optional.empty()));
    assertThat(flaggedByTheYearsRule("8940", within, year)).hasSize(2);
    CinChild after = withPlans(base, plan(base, start, Optional.empty()), plan(base, reference.plusDays(1), Optional.empty()));
    assertThat(flaggedByTheYearsRule("8940", after, year)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("years")
  void plansOfDifferentEpisodesAreCompared(CollectionYear year) {
    CinChild base = CinRuleTester.child(year);
    LocalDate start = ProtectionPlanFixtures.plan(base).startDate().orElseThrow();
    CinDetails second = CinDetails.builder().from(episode(base))
        .childProtectionPlans(List.of(plan(base, start.plusDays(10), Optional.of(firstEnd(base).plusDays(10)))))
        .build();
    CinChild child = CinChild.builder().from(base).addCinDetails(second).build();
    assertThat(flaggedByTheYearsRule("8940", child, year)).containsExactlyInAnyOrder(
        child.cinDetails().get(0).childProtectionPlans().get(0), child.cinDetails().get(1).childProtectionPlans().get(0));
  }
}
