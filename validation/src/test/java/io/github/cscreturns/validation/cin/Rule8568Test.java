package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.EpisodeCases.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.CinChild;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import io.github.cscreturns.codesets.cin.YesNo;
import java.util.Map;
import java.util.Optional;

class Rule8568Test {
  private static final String CODE = "8568";

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
  void aMissingOrUnreadableFlagIsFlagged(CollectionYear year) {
    CinChild missing = withEpisode(year, e -> e.withReferralNfa(Optional.empty()));
    assertThat(flagged(CODE, missing, year)).containsExactly(episode(missing));
    CinChild mixedCase = withEpisode(year, e -> e.withReferralNfa(Optional.empty()).withUnparsed(Map.of("ReferralNFA", "False")));
    assertThat(flagged(CODE, mixedCase, year)).containsExactly(episode(mixedCase));
  }

  @ParameterizedTest
  @MethodSource("years")
  void trueFalseOneAndZeroPass(CollectionYear year) {
    for (YesNo v : List.of(YesNo.TRUE, YesNo.FALSE, YesNo.YES, YesNo.NO)) {
      assertThat(flagged(CODE, withEpisode(year, e -> e.withReferralNfa(v)), year)).as(v.code()).isEmpty();
    }
  }
}
