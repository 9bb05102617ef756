package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.EpisodeCases.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.CinChild;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cases of a query that a withdrawn assessment factor is still in use (8945Q for 18A, 8950Q for
 * 19A, both new in 2024-25): each rule's test names its code, the withdrawn factor and one of its
 * replacements.
 */
abstract class WithdrawnFactorQueryCases {
  private final String code;
  private final String withdrawn;
  private final String replacement;

  WithdrawnFactorQueryCases(String code, String withdrawn, String replacement) {
    this.code = code;
    this.withdrawn = withdrawn;
    this.replacement = replacement;
  }

  List<CollectionYear> years() {
    return yearsWith(code);
  }

  @ParameterizedTest
  @MethodSource("years")
  void theBaselineChildPasses(CollectionYear year) {
    assertThat(flagged(code, CinRuleTester.child(year), year)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("years")
  void theWithdrawnFactorIsQueried(CollectionYear year) {
    CinChild c = withAssessment(year, a -> a.withFactorTexts("1A", withdrawn));
    assertThat(flagged(code, c, year)).containsExactly(assessment(c));
    CinChild bare = withAssessment(year, a -> a.withFactorTexts(withdrawn).withFactorsWrittenBare(true));
    assertThat(flagged(code, bare, year)).containsExactly(assessment(bare));
  }

  @ParameterizedTest
  @MethodSource("years")
  void itsReplacementPasses(CollectionYear year) {
    assertThat(flagged(code, withAssessment(year, a -> a.withFactorTexts(replacement)), year)).isEmpty();
  }

  @Test
  void theRuleIsNewIn2024To25() {
    assertThat(years()).first().isEqualTo(CollectionYear.Y2024_25);
  }
}
