package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.EpisodeCases.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.CinChild;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.Optional;

class Rule8614Test {
  private static final String CODE = "8614";

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
  void factorsOnAnAssessmentNotYetAuthorisedAreFlagged(CollectionYear year) {
    CinChild c = withAssessment(year, a -> a.withAuthorisationDate(Optional.empty()));
    assertThat(flagged(CODE, c, year)).containsExactly(assessment(c));
  }

  @ParameterizedTest
  @MethodSource("years")
  void anOpenAssessmentWithNoFactorsOrOnlyBlankOnesPasses(CollectionYear year) {
    assertThat(flagged(CODE, withAssessment(year, a -> a.withAuthorisationDate(Optional.empty()).withFactorTexts(List.of())), year)).isEmpty();
    assertThat(flagged(CODE, withAssessment(year, a -> a.withAuthorisationDate(Optional.empty()).withFactorTexts("")), year)).isEmpty();
  }
}
