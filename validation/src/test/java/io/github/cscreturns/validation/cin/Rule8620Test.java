package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.EpisodeCases.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.CinChild;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;


class Rule8620Test {
  private static final String CODE = "8620";

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
  void aClosureOutsideTheCensusYearIsFlagged(CollectionYear year) {
    CinChild before = withEpisode(year, e -> closed(e).withClosureDate(CinRuleTester.start(year).minusDays(1)));
    assertThat(flagged(CODE, before, year)).containsExactly(episode(before));
    CinChild after = withEpisode(year, e -> closed(e).withClosureDate(CinRuleTester.referenceDate(year).plusDays(1)));
    assertThat(flagged(CODE, after, year)).containsExactly(episode(after));
  }

  @ParameterizedTest
  @MethodSource("years")
  void aClosureOnEitherEndOfTheCensusYearPasses(CollectionYear year) {
    assertThat(flagged(CODE, withEpisode(year, e -> closed(e).withClosureDate(CinRuleTester.start(year))), year)).isEmpty();
    assertThat(flagged(CODE, withEpisode(year, e -> closed(e).withClosureDate(CinRuleTester.referenceDate(year))), year)).isEmpty();
  }
}
