package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.CinEpisodeChanges.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinRecord;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Rule4009QTest {
  static List<CollectionYear> years() {
    return yearsWith("4009Q");
  }

  private static List<CinRecord> flagged(CinChild child, CollectionYear year) {
    return CinRuleTester.flaggedByTheYearsRule("4009Q", child, year);
  }

  @ParameterizedTest
  @MethodSource("years")
  void aCinPlanEndingAfterTheDeathIsFlaggedWithTheIdentifiers(CollectionYear year) {
    CinChild child = withDeath(withPlans(year, plan(day(year, 183), day(year, 200))), day(year, 199));
    assertThat(flagged(child, year)).containsExactly(child.identifiers(), episodeOf(child).cinPlanDates().get(0));
  }

  @ParameterizedTest
  @MethodSource("years")
  void aCinPlanEndingOnOrBeforeTheDeathOrStillOpenPasses(CollectionYear year) {
    assertThat(flagged(withDeath(withPlans(year, plan(day(year, 183), day(year, 200))), day(year, 200)), year)).isEmpty();
    assertThat(flagged(withDeath(CinRuleTester.child(year), day(year, 190)), year)).isEmpty();
  }
}
