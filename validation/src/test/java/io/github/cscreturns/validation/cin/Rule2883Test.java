package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.CinEpisodeChanges.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.CinChild;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Rule2883Test {
  static List<CollectionYear> years() {
    return yearsWith("2883");
  }

  private static CinFlags flagged(List<CinChild> children, CollectionYear year) {
    return CinRuleTester.flaggedByTheYearsRule("2883", children, year);
  }

  /** A baseline child with a second child protection plan in the period and no conference for it. */
  private static CinChild withAnUnconferencedPlan(CollectionYear year) {
    return withEpisode(year, e -> e.withChildProtectionPlans(e.childProtectionPlans().get(0), openProtectionPlan(day(year, 200))));
  }

  @ParameterizedTest
  @MethodSource("years")
  void moreChildProtectionPlansStartingThanConferencesIsFlaggedOnTheReturn(CollectionYear year) {
    CinFlags flags = flagged(List.of(CinRuleTester.child(year, 1), withAnUnconferencedPlan(year)), year);
    assertThat(flags.isReturnFlagged()).isTrue();
    assertThat(flags.flagged()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("years")
  void asManyConferencesAsPlansOrPlansStartedBeforeThePeriodPass(CollectionYear year) {
    assertThat(flagged(List.of(CinRuleTester.child(year, 1), CinRuleTester.child(year, 2)), year).isEmpty()).isTrue();
    // a conference recorded on the episode counts as one
    CinChild episodeConference = withEpisode(year, e -> e.withChildProtectionPlans(e.childProtectionPlans().get(0), openProtectionPlan(day(year, 200)))
        .withDateOfInitialCpc(day(year, 200)));
    assertThat(flagged(List.of(episodeConference), year).isEmpty()).isTrue();
    // a plan started before 1 April is not counted
    CinChild earlier = withEpisode(year, e -> e.withChildProtectionPlans(e.childProtectionPlans().get(0), openProtectionPlan(day(year, -1))));
    assertThat(flagged(List.of(earlier), year).isEmpty()).isTrue();
  }
}
