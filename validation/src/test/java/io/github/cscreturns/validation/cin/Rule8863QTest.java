package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.EpisodeCases.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.CinChild;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import io.github.cscreturns.core.cin.Assessment;
import io.github.cscreturns.core.cin.ImmutableAssessment;
import java.util.Optional;

class Rule8863QTest {
  private static final String CODE = "8863Q";

  static List<CollectionYear> years() {
    return yearsWith(CODE);
  }

  @ParameterizedTest
  @MethodSource("years")
  void theBaselineChildPasses(CollectionYear year) {
    assertThat(flagged(CODE, CinRuleTester.child(year), year)).isEmpty();
  }

  private static CinChild withSecond(CollectionYear year, int start, Optional<Integer> end) {
    return withEpisode(year, e -> {
      ImmutableAssessment first = ImmutableAssessment.copyOf(e.assessments().get(0));
      Assessment second = first.withStartDate(day(year, start)).withAuthorisationDate(end.map(n -> day(year, n)));
      return e.withAssessments(first, second);
    });
  }

  @ParameterizedTest
  @MethodSource("years")
  void anAssessmentStartedOnTheDayAnotherWasAuthorisedIsFlaggedWithIt(CollectionYear year) {
    CinChild c = withSecond(year, 60, Optional.of(70));
    assertThat(flagged(CODE, c, year)).containsExactlyInAnyOrderElementsOf(CinRuleTester.episode(c).assessments());
  }

  @ParameterizedTest
  @MethodSource("years")
  void anAssessmentStartedAfterAnOpenOneStartedIsFlagged(CollectionYear year) {
    CinChild c = withEpisode(year, e -> {
      ImmutableAssessment open = ImmutableAssessment.copyOf(e.assessments().get(0)).withAuthorisationDate(Optional.empty()).withFactorTexts(List.of());
      return e.withAssessments(open, open.withStartDate(CinRuleTester.referenceDate(year)));
    });
    assertThat(flagged(CODE, c, year)).containsExactlyInAnyOrderElementsOf(CinRuleTester.episode(c).assessments());
  }

  @ParameterizedTest
  @MethodSource("years")
  void anAssessmentStartedTheDayAfterAnotherWasAuthorisedPasses(CollectionYear year) {
    assertThat(flagged(CODE, withSecond(year, 61, Optional.of(70)), year)).isEmpty();
  }
}
