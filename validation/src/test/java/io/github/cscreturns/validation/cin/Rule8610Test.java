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

class Rule8610Test {
  private static final String CODE = "8610";

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
  void aFurtherActionReferralWithNoPrimaryNeedIsFlagged(CollectionYear year) {
    for (YesNo v : List.of(YesNo.FALSE, YesNo.NO)) {
      CinChild c = withEpisode(year, e -> e.withPrimaryNeed(Optional.empty()).withReferralNfa(v));
      assertThat(flagged(CODE, c, year)).containsExactly(episode(c));
    }
    CinChild blank = withEpisode(year, e -> e.withPrimaryNeed(Optional.empty()).withUnparsed(Map.of("PrimaryNeedCode", "")));
    assertThat(flagged(CODE, blank, year)).containsExactly(episode(blank));
  }

  @ParameterizedTest
  @MethodSource("years")
  void aNoFurtherActionReferralOrAnInvalidCodeIsNotThisRulesConcern(CollectionYear year) {
    assertThat(flagged(CODE, withEpisode(year, e -> e.withPrimaryNeed(Optional.empty()).withReferralNfa(YesNo.TRUE)), year)).isEmpty();
    assertThat(flagged(CODE, withEpisode(year, e -> e.withPrimaryNeed(Optional.empty()).withUnparsed(Map.of("PrimaryNeedCode", "N0"))), year))
        .isEmpty();
  }
}
