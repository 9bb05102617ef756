package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.EpisodeCases.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.CinChild;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;


class Rule8869Test {
  private static final String CODE = "8869";

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
  void noFactorsIdentifiedBesideAnotherFactorIsFlagged(CollectionYear year) {
    CinChild c = withAssessment(year, a -> a.withFactorTexts("21", "1A"));
    assertThat(flagged(CODE, c, year)).containsExactly(assessment(c));
    CinChild bare = withAssessment(year, a -> a.withFactorTexts("2B", "21").withFactorsWrittenBare(true));
    assertThat(flagged(CODE, bare, year)).containsExactly(assessment(bare));
  }

  @ParameterizedTest
  @MethodSource("years")
  void noFactorsIdentifiedAloneOrBesideABlankPasses(CollectionYear year) {
    assertThat(flagged(CODE, withAssessment(year, a -> a.withFactorTexts("21")), year)).isEmpty();
    assertThat(flagged(CODE, withAssessment(year, a -> a.withFactorTexts("21", "")), year)).isEmpty();
  }
}
