package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.CinEpisodeChanges.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinRecord;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Rule4015Test {
  static List<CollectionYear> years() {
    return yearsWith("4015");
  }

  private static List<CinRecord> flagged(CinChild child, CollectionYear year) {
    return CinRuleTester.flaggedByTheYearsRule("4015", child, year);
  }

  @ParameterizedTest
  @MethodSource("years")
  void aCinPlanStartingBeforeTheReferralIsFlaggedWithTheEpisode(CollectionYear year) {
    CinChild child = withPlans(year, openPlan(day(year, 29)));
    assertThat(flagged(child, year)).containsExactly(episodeOf(child), episodeOf(child).cinPlanDates().get(0));
  }

  @ParameterizedTest
  @MethodSource("years")
  void aCinPlanStartingOnOrAfterTheReferralPasses(CollectionYear year) {
    assertThat(flagged(CinRuleTester.child(year), year)).isEmpty();
    assertThat(flagged(withPlans(year, plan(day(year, 30), day(year, 60))), year)).isEmpty();
  }
}
