package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.CinEpisodeChanges.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinRecord;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Rule4011Test {
  static List<CollectionYear> years() {
    return yearsWith("4011");
  }

  private static List<CinRecord> flagged(CinChild child, CollectionYear year) {
    return CinRuleTester.flaggedByTheYearsRule("4011", child, year);
  }

  @ParameterizedTest
  @MethodSource("years")
  void aCinPlanEndingBeforeItStartsIsFlagged(CollectionYear year) {
    CinChild child = withPlans(year, plan(day(year, 183), day(year, 182)));
    assertThat(flagged(child, year)).containsExactly(episodeOf(child).cinPlanDates().get(0));
  }

  @ParameterizedTest
  @MethodSource("years")
  void aCinPlanEndingOnOrAfterItsStartOrOpenPasses(CollectionYear year) {
    assertThat(flagged(CinRuleTester.child(year), year)).isEmpty();
    assertThat(flagged(withPlans(year, plan(day(year, 183), day(year, 183))), year)).isEmpty();
  }
}
