package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.CinEpisodeChanges.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinRecord;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Rule4003Test {
  static List<CollectionYear> years() {
    return yearsWith("4003");
  }

  private static List<CinRecord> flagged(CinChild child, CollectionYear year) {
    return CinRuleTester.flaggedByTheYearsRule("4003", child, year);
  }

  @ParameterizedTest
  @MethodSource("years")
  void aReviewOnOrAfterTheStartAndBeforeTheEndOfACinPlanIsFlaggedWithBothPlans(CollectionYear year) {
    for (int start : new int[] {100, 122}) {
      CinChild child = withEpisode(year, e -> e.withCinPlanDates(plan(day(year, start), day(year, 150))));
      var episode = episodeOf(child);
      assertThat(flagged(child, year)).containsExactlyInAnyOrder(
          episode.childProtectionPlans().get(0).reviews().get(0), episode.childProtectionPlans().get(0), episode.cinPlanDates().get(0));
    }
  }

  @ParameterizedTest
  @MethodSource("years")
  void aReviewOutsideTheCinPlansOrOnTheProtectionPlansEndPasses(CollectionYear year) {
    assertThat(flagged(CinRuleTester.child(year), year)).isEmpty();
    // on the day the CIN plan ends
    assertThat(flagged(withPlans(year, plan(day(year, 100), day(year, 122))), year)).isEmpty();
    // the review is the last day of the child protection plan
    assertThat(flagged(withEpisode(year, e -> e.withCinPlanDates(plan(day(year, 100), day(year, 150)))
        .withChildProtectionPlans(protectionPlan(day(year, 80), day(year, 122), day(year, 122)))), year)).isEmpty();
    // a CIN plan with no end date is given no period by the DfE text
    assertThat(flagged(withPlans(year, openPlan(day(year, 100))), year)).isEmpty();
  }
}
