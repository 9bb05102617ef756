package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.EpisodeCases.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.CinChild;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;


class Rule8608Test {
  private static final String CODE = "8608";

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
  void anAuthorisationTheDayBeforeTheStartIsFlagged(CollectionYear year) {
    CinChild c = withAssessment(year, a -> a.withAuthorisationDate(a.startDate().get().minusDays(1)));
    assertThat(flagged(CODE, c, year)).containsExactly(assessment(c));
  }

  @ParameterizedTest
  @MethodSource("years")
  void anAuthorisationOnTheStartDayOrNoneYetPasses(CollectionYear year) {
    assertThat(flagged(CODE, withAssessment(year, a -> a.withAuthorisationDate(a.startDate())), year)).isEmpty();
    assertThat(flagged(CODE, withAssessment(year, a -> a.withAuthorisationDate(java.util.Optional.empty())), year)).isEmpty();
  }
}
