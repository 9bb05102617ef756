package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.EpisodeCases.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.CinChild;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import io.github.cscreturns.codesets.cin.ReasonForClosure;

class Rule8825QTest {
  private static final String CODE = "8825Q";

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
  void closedAfterAssessmentWithNoAssessmentIsFlagged(CollectionYear year) {
    for (String reason : List.of("RC8", "RC9")) {
      CinChild c = withEpisode(year, e -> closed(e).withReasonForClosure(ReasonForClosure.parse(reason).orElseThrow()).withAssessments(List.of()));
      assertThat(flagged(CODE, c, year)).as(reason).containsExactly(episode(c));
    }
  }

  @ParameterizedTest
  @MethodSource("years")
  void anAssessmentOrAnotherReasonPasses(CollectionYear year) {
    assertThat(flagged(CODE, withEpisode(year, e -> closed(e).withReasonForClosure(ReasonForClosure.parse("RC8").orElseThrow())), year)).isEmpty();
    assertThat(flagged(CODE, withEpisode(year, e -> closed(e).withAssessments(List.of())), year)).isEmpty();
  }
}
