package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.EpisodeCases.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.CinChild;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import io.github.cscreturns.codesets.cin.ReasonForClosure;
import io.github.cscreturns.core.cin.ImmutableAssessment;

class Rule8873QTest {
  private static final String CODE = "8873Q";

  static List<CollectionYear> years() {
    return yearsWith(CODE);
  }

  @ParameterizedTest
  @MethodSource("years")
  void theBaselineChildPasses(CollectionYear year) {
    assertThat(flagged(CODE, CinRuleTester.child(year), year)).isEmpty();
  }

  private static ImmutableAssessment noFactors(io.github.cscreturns.core.cin.ImmutableCinDetails e) {
    return ImmutableAssessment.copyOf(e.assessments().get(0)).withFactorTexts("21");
  }

  @ParameterizedTest
  @MethodSource("years")
  void theOnlyAssessmentFindingNoFactorsWithAnotherReasonIsFlaggedWithItsEpisode(CollectionYear year) {
    CinChild c = withEpisode(year, e -> closed(e).withAssessments(noFactors(e)));
    assertThat(flagged(CODE, c, year)).containsExactlyInAnyOrder(episode(c), assessment(c));
    CinChild open = withEpisode(year, e -> e.withAssessments(noFactors(e)));
    assertThat(flagged(CODE, open, year)).containsExactlyInAnyOrder(episode(open), assessment(open));
  }

  @ParameterizedTest
  @MethodSource("years")
  void closedAfterAssessmentOrASecondAssessmentPasses(CollectionYear year) {
    for (String reason : List.of("RC8", "RC9")) {
      assertThat(flagged(CODE, withEpisode(year, e -> closed(e).withAssessments(noFactors(e))
          .withReasonForClosure(ReasonForClosure.parse(reason).orElseThrow())), year)).as(reason).isEmpty();
    }
    assertThat(flagged(CODE, withEpisode(year, e -> closed(e).withAssessments(noFactors(e), noFactors(e).withStartDate(day(year, 61)))), year))
        .isEmpty();
  }
}
