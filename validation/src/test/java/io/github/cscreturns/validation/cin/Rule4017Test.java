package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.CinEpisodeChanges.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinRecord;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Rule4017Test {
  static List<CollectionYear> years() {
    return yearsWith("4017");
  }

  private static List<CinRecord> flagged(CinChild child, CollectionYear year) {
    return CinRuleTester.flaggedByTheYearsRule("4017", child, year);
  }

  @ParameterizedTest
  @MethodSource("years")
  void aChildProtectionPlanStartingWithinACinPlanIsFlaggedWithIt(CollectionYear year) {
    for (int start : new int[] {40, 71}) {
      CinChild child = withEpisode(year, e -> e.withCinPlanDates(plan(day(year, 40), day(year, 72)))
          .withChildProtectionPlans(protectionPlan(day(year, start), day(year, 182))));
      assertThat(flagged(child, year)).containsExactly(episodeOf(child).childProtectionPlans().get(0), episodeOf(child).cinPlanDates().get(0));
    }
    // an open CIN plan runs to the reference date
    CinChild open = withEpisode(year, e -> e.withChildProtectionPlans(openProtectionPlan(CinRuleTester.referenceDate(year))));
    assertThat(flagged(open, year)).hasSize(2);
  }

  @ParameterizedTest
  @MethodSource("years")
  void aChildProtectionPlanStartingOnTheDayTheCinPlanEndsOrBeforeItPasses(CollectionYear year) {
    assertThat(flagged(CinRuleTester.child(year), year)).isEmpty();
    assertThat(flagged(withPlans(year, plan(day(year, 40), day(year, 72))), year)).isEmpty();
    assertThat(flagged(withEpisode(year, e -> e.withChildProtectionPlans(protectionPlan(day(year, 72), day(year, 182)))
        .withCinPlanDates(plan(day(year, 73), day(year, 90)))), year)).isEmpty();
  }
}
