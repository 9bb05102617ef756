package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.EpisodeCases.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.CinChild;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.Map;
import java.util.Optional;

class Rule8805Test {
  private static final String CODE = "8805";

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
  void aClosureWithNoReasonIsFlagged(CollectionYear year) {
    CinChild c = withEpisode(year, e -> closed(e).withReasonForClosure(Optional.empty()));
    assertThat(flagged(CODE, c, year)).containsExactly(episode(c));
    CinChild blank = withEpisode(year, e -> closed(e).withReasonForClosure(Optional.empty()).withUnparsed(Map.of("ReasonForClosure", " ")));
    assertThat(flagged(CODE, blank, year)).containsExactly(episode(blank));
  }

  @ParameterizedTest
  @MethodSource("years")
  void aClosureWithAReasonWrittenEvenAnInvalidOnePasses(CollectionYear year) {
    assertThat(flagged(CODE, withEpisode(year, EpisodeCases::closed), year)).isEmpty();
    assertThat(flagged(CODE, withEpisode(year, e -> closed(e).withReasonForClosure(Optional.empty()).withUnparsed(Map.of("ReasonForClosure", "RC0"))), year))
        .isEmpty();
  }
}
