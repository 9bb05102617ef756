package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.EpisodeCases.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.CinChild;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;


class Rule2991QTest {
  private static final String CODE = "2991Q";

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
  void aSection47InAnEpisodeWithNoAssessmentIsFlagged(CollectionYear year) {
    CinChild c = withEpisode(year, e -> e.withAssessments(List.of()));
    assertThat(flagged(CODE, c, year)).containsExactly(CinRuleTester.episode(c).section47().get(0));
  }

  @ParameterizedTest
  @MethodSource("years")
  void anEpisodeWithNeitherPasses(CollectionYear year) {
    assertThat(flagged(CODE, withEpisode(year, e -> e.withAssessments(List.of()).withSection47(List.of())), year)).isEmpty();
  }
}
