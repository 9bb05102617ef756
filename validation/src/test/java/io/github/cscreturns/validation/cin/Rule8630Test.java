package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.EpisodeCases.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.CinChild;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;


class Rule8630Test {
  private static final String CODE = "8630";

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
  void aClosureTheDayBeforeTheReferralIsFlagged(CollectionYear year) {
    CinChild c = withEpisode(year, e -> closed(e).withClosureDate(e.referralDate().get().minusDays(1)));
    assertThat(flagged(CODE, c, year)).containsExactly(episode(c));
  }

  @ParameterizedTest
  @MethodSource("years")
  void aClosureOnTheReferralDayPasses(CollectionYear year) {
    assertThat(flagged(CODE, withEpisode(year, e -> closed(e).withClosureDate(e.referralDate().get())), year)).isEmpty();
  }
}
