package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.CinEpisodeChanges.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinRecord;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Rule4012QTest {
  static List<CollectionYear> years() {
    return yearsWith("4012Q");
  }

  private static List<CinRecord> flagged(CinChild child, CollectionYear year) {
    return CinRuleTester.flaggedByTheYearsRule("4012Q", child, year);
  }

  @ParameterizedTest
  @MethodSource("years")
  void aCinPlanStartingAndEndingOnOneDayIsFlagged(CollectionYear year) {
    CinChild child = withPlans(year, plan(day(year, 183), day(year, 183)));
    assertThat(flagged(child, year)).containsExactly(episodeOf(child).cinPlanDates().get(0));
  }

  @ParameterizedTest
  @MethodSource("years")
  void aCinPlanOfMoreThanOneDayOrOpenPasses(CollectionYear year) {
    assertThat(flagged(CinRuleTester.child(year), year)).isEmpty();
    assertThat(flagged(withPlans(year, plan(day(year, 183), day(year, 184))), year)).isEmpty();
  }
}
