package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.CinEpisodeChanges.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinRecord;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Rule4004Test {
  static List<CollectionYear> years() {
    return yearsWith("4004");
  }

  private static List<CinRecord> flagged(CinChild child, CollectionYear year) {
    return CinRuleTester.flaggedByTheYearsRule("4004", child, year);
  }

  @ParameterizedTest
  @MethodSource("years")
  void twoOpenCinPlansInOneEpisodeAreFlaggedWithTheEpisodesOtherPlans(CollectionYear year) {
    CinChild child = withPlans(year, plan(day(year, 40), day(year, 60)), openPlan(day(year, 183)), openPlan(day(year, 200)));
    assertThat(flagged(child, year)).containsExactlyElementsOf(episodeOf(child).cinPlanDates());
  }

  @ParameterizedTest
  @MethodSource("years")
  void oneOpenCinPlanPasses(CollectionYear year) {
    assertThat(flagged(CinRuleTester.child(year), year)).isEmpty();
    assertThat(flagged(withPlans(year, plan(day(year, 40), day(year, 60)), openPlan(day(year, 183))), year)).isEmpty();
  }
}
