package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.CinEpisodeChanges.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinRecord;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import io.github.cscreturns.core.cin.CinPlanDates;

class Rule4010Test {
  static List<CollectionYear> years() {
    return yearsWith("4010");
  }

  private static List<CinRecord> flagged(CinChild child, CollectionYear year) {
    return CinRuleTester.flaggedByTheYearsRule("4010", child, year);
  }

  @ParameterizedTest
  @MethodSource("years")
  void aCinPlanStartingAfterTheReferenceDateOrWithNoStartIsFlagged(CollectionYear year) {
    CinChild late = withPlans(year, openPlan(CinRuleTester.referenceDate(year).plusDays(1)));
    assertThat(flagged(late, year)).containsExactly(episodeOf(late).cinPlanDates().get(0));
    assertThat(flagged(withPlans(year, CinPlanDates.builder().build()), year)).hasSize(1);
    assertThat(flagged(withPlans(year, CinPlanDates.builder().putUnparsed("CINPlanStartDate", "2022-02-31").build()), year)).hasSize(1);
  }

  @ParameterizedTest
  @MethodSource("years")
  void aCinPlanStartingOnOrBeforeTheReferenceDatePasses(CollectionYear year) {
    assertThat(flagged(CinRuleTester.child(year), year)).isEmpty();
    assertThat(flagged(withPlans(year, openPlan(CinRuleTester.referenceDate(year))), year)).isEmpty();
    assertThat(flagged(withPlans(year, openPlan(day(year, -400))), year)).isEmpty();
  }
}
