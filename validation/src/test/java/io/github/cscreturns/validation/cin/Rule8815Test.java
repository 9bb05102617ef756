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

class Rule8815Test {
  private static final String CODE = "8815";

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

  private static ImmutableCinDetails later(CollectionYear year) {
    return ImmutableCinDetails.copyOf(CinRuleTester.episode(CinRuleTester.child(year))).withReferralDate(day(year, 300));
  }

  @ParameterizedTest
  @MethodSource("years")
  void twoOpenEpisodesThatLedToFurtherActionAreBothFlagged(CollectionYear year) {
    CinChild c = withSecond(year, later(year).withReferralNfa(YesNo.NO));
    assertThat(flagged(CODE, c, year)).containsExactlyElementsOf(c.cinDetails());
  }

  @ParameterizedTest
  @MethodSource("years")
  void anOpenNoFurtherActionReferralOrAClosedEpisodeBesideTheOpenOnePasses(CollectionYear year) {
    assertThat(flagged(CODE, withSecond(year, later(year).withReferralNfa(YesNo.TRUE)), year)).isEmpty();
    assertThat(flagged(CODE, withSecond(year, closed(later(year))), year)).isEmpty();
  }
}
