package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.CinEpisodeChanges.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinRecord;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Rule4008Test {
  static List<CollectionYear> years() {
    return yearsWith("4008");
  }

  private static List<CinRecord> flagged(CinChild child, CollectionYear year) {
    return CinRuleTester.flaggedByTheYearsRule("4008", child, year);
  }

  @ParameterizedTest
  @MethodSource("years")
  void aCinPlanStartingAfterTheDeathIsFlaggedWithTheIdentifiers(CollectionYear year) {
    CinChild child = withDeath(CinRuleTester.child(year), day(year, 182));
    assertThat(flagged(child, year)).containsExactly(child.identifiers(), episodeOf(child).cinPlanDates().get(0));
  }

  @ParameterizedTest
  @MethodSource("years")
  void aCinPlanStartingOnOrBeforeTheDeathPasses(CollectionYear year) {
    assertThat(flagged(CinRuleTester.child(year), year)).isEmpty();
    assertThat(flagged(withDeath(CinRuleTester.child(year), day(year, 183)), year)).isEmpty();
  }
}
