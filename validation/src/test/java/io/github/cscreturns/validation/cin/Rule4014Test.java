package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.CinEpisodeChanges.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinRecord;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import io.github.cscreturns.core.cin.CinDetails;

class Rule4014Test {
  static List<CollectionYear> years() {
    return yearsWith("4014");
  }

  private static List<CinRecord> flagged(CinChild child, CollectionYear year) {
    return CinRuleTester.flaggedByTheYearsRule("4014", child, year);
  }

  @ParameterizedTest
  @MethodSource("years")
  void aCinPlanStartingWithinAnotherIsFlaggedWithIt(CollectionYear year) {
    // on the other plan's end date
    CinChild child = withPlans(year, plan(day(year, 100), day(year, 150)), plan(day(year, 150), day(year, 170)));
    assertThat(flagged(child, year)).containsExactlyInAnyOrderElementsOf(episodeOf(child).cinPlanDates());
    // within an open plan, which runs to the reference date
    CinChild open = withPlans(year, openPlan(day(year, 100)), plan(day(year, 200), day(year, 210)));
    assertThat(flagged(open, year)).hasSize(2);
  }

  @ParameterizedTest
  @MethodSource("years")
  void cinPlansOneAfterTheOtherPass(CollectionYear year) {
    assertThat(flagged(CinRuleTester.child(year), year)).isEmpty();
    assertThat(flagged(withPlans(year, plan(day(year, 100), day(year, 150)), openPlan(day(year, 151))), year)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("years")
  void plansOfTwoEpisodesOfTheChildAreComparedToo(CollectionYear year) {
    CinChild child = withPlans(year, openPlan(day(year, 100)));
    CinDetails second = CinDetails.builder().from(episodeOf(child)).cinPlanDates(List.of(plan(day(year, 120), day(year, 130)))).build();
    CinChild both = CinChild.builder().from(child).addCinDetails(second).build();
    assertThat(flagged(both, year)).hasSize(2);
  }
}
