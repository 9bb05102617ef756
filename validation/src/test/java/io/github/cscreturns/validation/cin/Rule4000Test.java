package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.CinEpisodeChanges.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinRecord;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import io.github.cscreturns.codesets.cin.YesNo;

class Rule4000Test {
  static List<CollectionYear> years() {
    return yearsWith("4000");
  }

  private static List<CinRecord> flagged(CinChild child, CollectionYear year) {
    return CinRuleTester.flaggedByTheYearsRule("4000", child, year);
  }

  @ParameterizedTest
  @MethodSource("years")
  void aCinPlanOfAReferralWithNoFurtherActionIsFlaggedWithItsEpisode(CollectionYear year) {
    for (YesNo yes : List.of(YesNo.TRUE, YesNo.YES)) {
      CinChild child = withEpisode(year, e -> e.withReferralNfa(yes));
      assertThat(flagged(child, year)).containsExactly(episodeOf(child), episodeOf(child).cinPlanDates().get(0));
    }
  }

  @ParameterizedTest
  @MethodSource("years")
  void aFlagInCapitalsIsNotTheDfesTrueOr1(CollectionYear year) {
    assertThat(flagged(withEpisode(year, e -> e.withReferralNfa(YesNo.TRUE_UPPER)), year)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("years")
  void aReferralWithNoFurtherActionAndNoPlanOrAPlanOfAReferralTakenFurtherPass(CollectionYear year) {
    assertThat(flagged(CinRuleTester.child(year), year)).isEmpty();
    assertThat(flagged(withEpisode(year, e -> e.withReferralNfa(YesNo.NO)), year)).isEmpty();
    assertThat(flagged(withEpisode(year, e -> e.withReferralNfa(YesNo.TRUE).withCinPlanDates(List.of())), year)).isEmpty();
  }
}
