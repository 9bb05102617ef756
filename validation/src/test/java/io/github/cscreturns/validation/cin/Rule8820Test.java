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
import java.util.Optional;

class Rule8820Test {
  private static final String CODE = "8820";

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

  /** A closed no-further-action episode referred on day {@code referral}, closed on day {@code closure}. */
  private static ImmutableCinDetails other(CollectionYear year, int referral, int closure) {
    return ImmutableCinDetails.copyOf(CinRuleTester.episode(CinRuleTester.child(year)))
        .withReferralDate(day(year, referral)).withReferralNfa(YesNo.TRUE).withClosureDate(day(year, closure));
  }

  @ParameterizedTest
  @MethodSource("years")
  void aReferralWhileTheOpenEpisodeRunsFlagsBoth(CollectionYear year) {
    CinChild c = withSecond(year, other(year, 100, 120));
    assertThat(flagged(CODE, c, year)).containsExactlyInAnyOrderElementsOf(c.cinDetails());
  }

  @ParameterizedTest
  @MethodSource("years")
  void aReferralOnTheDayAnEarlierEpisodeClosedIsFlagged(CollectionYear year) {
    CinChild c = withSecond(year, other(year, 0, 30));
    assertThat(flagged(CODE, c, year)).containsExactlyInAnyOrderElementsOf(c.cinDetails());
  }

  @ParameterizedTest
  @MethodSource("years")
  void aReferralTheDayAfterAnEarlierEpisodeClosedPasses(CollectionYear year) {
    assertThat(flagged(CODE, withSecond(year, other(year, 0, 29)), year)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("years")
  void anOpenNoFurtherActionReferralDoesNotRunToTheReferenceDate(CollectionYear year) {
    CinChild c = withSecond(year, other(year, 0, 0).withClosureDate(Optional.empty()));
    assertThat(flagged(CODE, c, year)).isEmpty();
  }
}
