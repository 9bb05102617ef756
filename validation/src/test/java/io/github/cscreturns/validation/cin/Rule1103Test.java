package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.EpisodeCases.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.CinChild;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;


class Rule1103Test {
  private static final String CODE = "1103";

  static List<CollectionYear> years() {
    return yearsWith(CODE);
  }

  @ParameterizedTest
  @MethodSource("years")
  void theBaselineChildPasses(CollectionYear year) {
    assertThat(flagged(CODE, CinRuleTester.child(year), year)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("years")
  void anAssessmentStartedTheDayBeforeTheReferralIsFlaggedWithItsEpisode(CollectionYear year) {
    CinChild c = withAssessment(year, a -> a.withStartDate(day(year, 29)));
    assertThat(flagged(CODE, c, year)).containsExactlyInAnyOrder(assessment(c), episode(c));
  }

  @ParameterizedTest
  @MethodSource("years")
  void anAssessmentStartedOnTheReferralDayOrWithNoStartPasses(CollectionYear year) {
    assertThat(flagged(CODE, withAssessment(year, a -> a.withStartDate(day(year, 30))), year)).isEmpty();
    assertThat(flagged(CODE, withAssessment(year, a -> a.withStartDate(java.util.Optional.empty())), year)).isEmpty();
  }
}
