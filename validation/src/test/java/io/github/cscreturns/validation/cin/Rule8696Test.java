package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.EpisodeCases.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.CinChild;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;


class Rule8696Test {
  private static final String CODE = "8696";

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
  void anAuthorisationOutsideTheCensusYearIsFlagged(CollectionYear year) {
    CinChild before = withAssessment(year, a -> a.withStartDate(CinRuleTester.start(year).minusDays(9)).withAuthorisationDate(CinRuleTester.start(year).minusDays(1)));
    assertThat(flagged(CODE, before, year)).containsExactly(assessment(before));
    CinChild after = withAssessment(year, a -> a.withAuthorisationDate(CinRuleTester.referenceDate(year).plusDays(1)));
    assertThat(flagged(CODE, after, year)).containsExactly(assessment(after));
  }

  @ParameterizedTest
  @MethodSource("years")
  void anAuthorisationOnEitherEndOfTheCensusYearPasses(CollectionYear year) {
    assertThat(flagged(CODE, withAssessment(year, a -> a.withStartDate(CinRuleTester.start(year)).withAuthorisationDate(CinRuleTester.start(year))), year)).isEmpty();
    assertThat(flagged(CODE, withAssessment(year, a -> a.withAuthorisationDate(CinRuleTester.referenceDate(year))), year)).isEmpty();
  }
}
