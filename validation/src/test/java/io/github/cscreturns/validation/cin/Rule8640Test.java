package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.EpisodeCases.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.CinChild;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import io.github.cscreturns.codesets.cin.ReasonForClosure;
import java.util.Map;
import java.util.Optional;

class Rule8640Test {
  private static final String CODE = "8640";

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
  void aReasonThatIsNoCodeOfTheYearIsFlagged(CollectionYear year) {
    for (String text : List.of("RC10", "rc1", "RC1 ")) {
      CinChild c = withEpisode(year, e -> closed(e).withReasonForClosure(Optional.empty()).withUnparsed(Map.of("ReasonForClosure", text)));
      assertThat(flagged(CODE, c, year)).as(text).containsExactly(episode(c));
    }
  }

  @ParameterizedTest
  @MethodSource("years")
  void everyReasonOfTheYearOrNonePasses(CollectionYear year) {
    for (ReasonForClosure r : ReasonForClosure.values()) {
      if (r.isValidIn(year)) {
        assertThat(flagged(CODE, withEpisode(year, e -> closed(e).withReasonForClosure(r)), year)).as(r.code()).isEmpty();
      }
    }
  }
}
