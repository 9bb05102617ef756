package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.EpisodeCases.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.CinChild;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import io.github.cscreturns.codesets.cin.YesNo;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.core.cin.ImmutableCinDetails;

class Rule8816Test {
  private static final String CODE = "8816";

  static List<CollectionYear> years() {
    return yearsWith(CODE);
  }

  @ParameterizedTest
  @MethodSource("years")
  void theBaselineChildPasses(CollectionYear year) {
    assertThat(flagged(CODE, CinRuleTester.child(year), year)).isEmpty();
  }

  private static CinChild withSecond(CollectionYear year, CinDetails second) {
    CinChild c = CinRuleTester.child(year);
    return CinChild.builder().from(c).addCinDetails(second).build();
  }

  private static ImmutableCinDetails other(CollectionYear year, int referral) {
    return ImmutableCinDetails.copyOf(CinRuleTester.episode(CinRuleTester.child(year)))
        .withReferralDate(day(year, referral)).withReferralNfa(YesNo.TRUE).withClosureDate(day(year, referral));
  }

  @ParameterizedTest
  @MethodSource("years")
  void anOpenEpisodeReferredBeforeAnotherIsFlaggedWithTheLatest(CollectionYear year) {
    CinChild c = withSecond(year, other(year, 31));
    assertThat(flagged(CODE, c, year)).containsExactlyElementsOf(c.cinDetails());
  }

  @ParameterizedTest
  @MethodSource("years")
  void anOpenEpisodeWithTheLatestReferralPasses(CollectionYear year) {
    assertThat(flagged(CODE, withSecond(year, other(year, 29)), year)).isEmpty();
    assertThat(flagged(CODE, withSecond(year, other(year, 30)), year)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("years")
  void anOpenNoFurtherActionReferralIsNotJudged(CollectionYear year) {
    CinChild c = withSecond(year, other(year, 31));
    CinChild nfa = CinRuleTester.withEpisode(c, ImmutableCinDetails.copyOf(CinRuleTester.episode(c)).withReferralNfa(YesNo.TRUE));
    assertThat(flagged(CODE, nfa, year)).isEmpty();
  }
}
