package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.EpisodeCases.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.CinChild;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.Optional;

class Rule8897QTest {
  private static final String CODE = "8897Q";

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
  void anAssessmentAuthorisedOn1AprilWithNoOrAnInvalidFactorIsFlagged(CollectionYear year) {
    CinChild none = withAssessment(year, a -> a.withStartDate(day(year, -5)).withAuthorisationDate(day(year, 0)).withFactorTexts(List.of()));
    assertThat(flagged(CODE, none, year)).containsExactly(assessment(none));
    for (String invalid : List.of("99", "1a", "18A")) {
      CinChild c = withAssessment(year, a -> a.withFactorTexts("1A", invalid));
      assertThat(flagged(CODE, c, year)).as(invalid).containsExactly(assessment(c));
    }
  }

  @ParameterizedTest
  @MethodSource("years")
  void anAssessmentAuthorisedBefore1AprilOrNotYetOrWithBareFactorsPasses(CollectionYear year) {
    assertThat(flagged(CODE, withAssessment(year, a -> a.withStartDate(day(year, -5)).withAuthorisationDate(day(year, -1)).withFactorTexts(List.of())), year))
        .isEmpty();
    assertThat(flagged(CODE, withAssessment(year, a -> a.withAuthorisationDate(Optional.empty()).withFactorTexts(List.of())), year)).isEmpty();
    assertThat(flagged(CODE, withAssessment(year, a -> a.withFactorTexts("21").withFactorsWrittenBare(true)), year)).isEmpty();
  }
}
