package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.EpisodeCases.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.CinChild;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;


class Rule8898Test {
  private static final String CODE = "8898";

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
  void aFactorWrittenTwiceIsFlagged(CollectionYear year) {
    CinChild c = withAssessment(year, a -> a.withFactorTexts("1A", "2B", "1A"));
    assertThat(flagged(CODE, c, year)).containsExactly(assessment(c));
  }

  @ParameterizedTest
  @MethodSource("years")
  void differentFactorsPass(CollectionYear year) {
    assertThat(flagged(CODE, withAssessment(year, a -> a.withFactorTexts("1A", "2B", "3C")), year)).isEmpty();
  }
}
