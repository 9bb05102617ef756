package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.EpisodeCases.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.CinChild;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import io.github.cscreturns.codesets.cin.ReferralSource;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

class Rule8866Test {
  private static final String CODE = "8866";

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
  void aReferralFrom1April2013WithNoOrAnInvalidSourceIsFlagged(CollectionYear year) {
    CinChild missing = withEpisode(year, e -> e.withReferralSource(Optional.empty()).withReferralDate(LocalDate.of(2013, 4, 1)));
    assertThat(flagged(CODE, missing, year)).containsExactly(episode(missing));
    CinChild invalid = withEpisode(year, e -> e.withReferralSource(Optional.empty()).withUnparsed(Map.of("ReferralSource", "1Z")));
    assertThat(flagged(CODE, invalid, year)).containsExactly(episode(invalid));
  }

  @ParameterizedTest
  @MethodSource("years")
  void everySourceOfTheYearOrAnEarlierReferralPasses(CollectionYear year) {
    for (ReferralSource s : ReferralSource.values()) {
      if (s.isValidIn(year)) {
        assertThat(flagged(CODE, withEpisode(year, e -> e.withReferralSource(s)), year)).as(s.code()).isEmpty();
      }
    }
    assertThat(flagged(CODE, withEpisode(year, e -> e.withReferralSource(Optional.empty()).withReferralDate(LocalDate.of(2013, 3, 31))), year)).isEmpty();
  }
}
