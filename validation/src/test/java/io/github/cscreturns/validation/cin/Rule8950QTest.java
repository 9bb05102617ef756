package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.EpisodeCases.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.CinChild;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;


class Rule8950QTest {
  private static final String CODE = "8950Q";

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
  void theWithdrawnFactorIsQueried(CollectionYear year) {
    CinChild c = withAssessment(year, a -> a.withFactorTexts("1A", "19A"));
    assertThat(flagged(CODE, c, year)).containsExactly(assessment(c));
    CinChild bare = withAssessment(year, a -> a.withFactorTexts("19A").withFactorsWrittenBare(true));
    assertThat(flagged(CODE, bare, year)).containsExactly(assessment(bare));
  }

  @ParameterizedTest
  @MethodSource("years")
  void itsReplacementPasses(CollectionYear year) {
    assertThat(flagged(CODE, withAssessment(year, a -> a.withFactorTexts("19B")), year)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void theRuleIsNewIn2024To25() {
    assertThat(years()).first().isEqualTo(CollectionYear.Y2024_25);
  }
}
