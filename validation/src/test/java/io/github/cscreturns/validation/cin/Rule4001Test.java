package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.CinEpisodeChanges.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinRecord;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Rule4001Test {
  static List<CollectionYear> years() {
    return yearsWith("4001");
  }

  private static List<CinRecord> flagged(CinChild child, CollectionYear year) {
    return CinRuleTester.flaggedByTheYearsRule("4001", child, year);
  }

  @ParameterizedTest
  @MethodSource("years")
  void anOpenCinPlanBesideAnOpenChildProtectionPlanIsFlaggedWithIt(CollectionYear year) {
    CinChild child = withProtectionPlan(year, p -> p.withEndDate(java.util.Optional.empty()));
    assertThat(flagged(child, year)).containsExactly(episodeOf(child).childProtectionPlans().get(0), episodeOf(child).cinPlanDates().get(0));
  }

  @ParameterizedTest
  @MethodSource("years")
  void aPlanWithAnEndDateOnEitherSidePasses(CollectionYear year) {
    assertThat(flagged(CinRuleTester.child(year), year)).isEmpty();
    CinChild cinPlanEnded = withEpisode(year, e -> e.withChildProtectionPlans(openProtectionPlan(day(year, 72)))
        .withCinPlanDates(plan(day(year, 20), day(year, 72))));
    assertThat(flagged(cinPlanEnded, year)).isEmpty();
    CinChild endWrittenUnreadable = withEpisode(year, e -> e.withChildProtectionPlans(openProtectionPlan(day(year, 72)))
        .withCinPlanDates(io.github.cscreturns.core.cin.CinPlanDates.builder().startDate(day(year, 200)).putUnparsed("CINPlanEndDate", "0000-00-00").build()));
    assertThat(flagged(endWrittenUnreadable, year)).isEmpty();
  }
}
