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

class Rule8867Test {
  private static final String CODE = "8867";

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
  void aClosedEpisodeWithAnAssessmentNotAuthorisedIsFlaggedWithIt(CollectionYear year) {
    CinChild c = withEpisode(year, e -> closed(e).withAssessments(ImmutableAssessment.copyOf(e.assessments().get(0)).withAuthorisationDate(Optional.empty())));
    assertThat(flagged(CODE, c, year)).containsExactlyInAnyOrder(episode(c), assessment(c));
  }

  @ParameterizedTest
  @MethodSource("years")
  void aClosedEpisodeWithItsAssessmentsAuthorisedOrNonePasses(CollectionYear year) {
    assertThat(flagged(CODE, withEpisode(year, EpisodeCases::closed), year)).isEmpty();
    assertThat(flagged(CODE, withEpisode(year, e -> closed(e).withAssessments(List.of())), year)).isEmpty();
  }
}
