package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.CinEpisodeChanges.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinRecord;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Rule4013Test {
  static List<CollectionYear> years() {
    return yearsWith("4013");
  }

  private static List<CinRecord> flagged(CinChild child, CollectionYear year) {
    return CinRuleTester.flaggedByTheYearsRule("4013", child, year);
  }

  @ParameterizedTest
  @MethodSource("years")
  void aCinPlanEndingOutsideTheCensusPeriodIsFlagged(CollectionYear year) {
    CinChild after = withPlans(year, plan(day(year, 183), CinRuleTester.referenceDate(year).plusDays(1)));
    assertThat(flagged(after, year)).containsExactly(episodeOf(after).cinPlanDates().get(0));
    assertThat(flagged(withPlans(year, plan(day(year, -40), day(year, -1))), year)).hasSize(1);
  }

  @ParameterizedTest
  @MethodSource("years")
  void aCinPlanEndingOnEitherEndOfTheCensusPeriodOrOpenPasses(CollectionYear year) {
    assertThat(flagged(CinRuleTester.child(year), year)).isEmpty();
    assertThat(flagged(withPlans(year, plan(day(year, 183), CinRuleTester.referenceDate(year))), year)).isEmpty();
    assertThat(flagged(withPlans(year, plan(day(year, -40), day(year, 0))), year)).isEmpty();
  }
}
