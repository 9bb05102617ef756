package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.EpisodeCases.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.CinChild;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import io.github.cscreturns.core.cin.ImmutableAssessment;
import java.util.Optional;

class Rule8896Test {
  private static final String CODE = "8896";

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
  void twoOpenAssessmentsInAnEpisodeAreBothFlagged(CollectionYear year) {
    CinChild c = withEpisode(year, e -> {
      ImmutableAssessment open = ImmutableAssessment.copyOf(e.assessments().get(0)).withAuthorisationDate(Optional.empty()).withFactorTexts(List.of());
      return e.withAssessments(open, open.withStartDate(day(year, 40)));
    });
    assertThat(flagged(CODE, c, year)).containsExactlyElementsOf(CinRuleTester.episode(c).assessments());
  }

  @ParameterizedTest
  @MethodSource("years")
  void oneOpenAssessmentBesideAnAuthorisedOnePasses(CollectionYear year) {
    CinChild c = withEpisode(year, e -> {
      ImmutableAssessment done = ImmutableAssessment.copyOf(e.assessments().get(0));
      return e.withAssessments(done, done.withStartDate(day(year, 61)).withAuthorisationDate(Optional.empty()).withFactorTexts(List.of()));
    });
    assertThat(flagged(CODE, c, year)).isEmpty();
  }
}
