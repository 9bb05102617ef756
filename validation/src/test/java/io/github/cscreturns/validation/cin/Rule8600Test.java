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

class Rule8600Test {
  private static final String CODE = "8600";

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
  void aReferralTheDayAfterTheReferenceDateOrMissingIsFlagged(CollectionYear year) {
    CinChild late = withEpisode(year, e -> e.withReferralDate(CinRuleTester.referenceDate(year).plusDays(1)));
    assertThat(flagged(CODE, late, year)).containsExactly(episode(late));
    CinChild missing = withEpisode(year, e -> e.withReferralDate(Optional.empty()));
    assertThat(flagged(CODE, missing, year)).containsExactly(episode(missing));
    CinChild notADate = withEpisode(year, e -> e.withReferralDate(Optional.empty()).withUnparsed(Map.of("CINreferralDate", "2022-02-30")));
    assertThat(flagged(CODE, notADate, year)).containsExactly(episode(notADate));
  }

  @ParameterizedTest
  @MethodSource("years")
  void aReferralOnTheReferenceDatePasses(CollectionYear year) {
    assertThat(flagged(CODE, withEpisode(year, e -> e.withReferralDate(CinRuleTester.referenceDate(year))), year)).isEmpty();
  }
}
