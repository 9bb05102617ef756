package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.CinEpisodeChanges.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinRecord;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Rule4016Test {
  static List<CollectionYear> years() {
    return yearsWith("4016");
  }

  private static List<CinRecord> flagged(CinChild child, CollectionYear year) {
    return CinRuleTester.flaggedByTheYearsRule("4016", child, year);
  }

  @ParameterizedTest
  @MethodSource("years")
  void aCinPlanStartingWithinAChildProtectionPlanIsFlaggedWithIt(CollectionYear year) {
    for (int start : new int[] {72, 100, 181}) {
      CinChild child = withEpisode(year, e -> e.withChildProtectionPlans(protectionPlan(day(year, 72), day(year, 182)))
          .withCinPlanDates(plan(day(year, start), day(year, 183))));
      assertThat(flagged(child, year)).containsExactly(episodeOf(child).cinPlanDates().get(0), episodeOf(child).childProtectionPlans().get(0));
    }
    // an open child protection plan runs to the reference date
    CinChild open = withEpisode(year, e -> e.withChildProtectionPlans(openProtectionPlan(day(year, 72)))
        .withCinPlanDates(openPlan(CinRuleTester.referenceDate(year))));
    assertThat(flagged(open, year)).hasSize(2);
  }

  @ParameterizedTest
  @MethodSource("years")
  void aCinPlanStartingBeforeOrOnTheEndOfTheChildProtectionPlanPasses(CollectionYear year) {
    assertThat(flagged(CinRuleTester.child(year), year)).isEmpty();
    assertThat(flagged(withPlans(year, openPlan(day(year, 182))), year)).isEmpty();
    assertThat(flagged(withPlans(year, plan(day(year, 40), day(year, 72))), year)).isEmpty();
  }
}
