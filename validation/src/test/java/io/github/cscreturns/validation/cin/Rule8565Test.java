package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.EpisodeCases.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.CinChild;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import io.github.cscreturns.core.cin.ImmutableAssessment;
import io.github.cscreturns.core.cin.ImmutableChildProtectionPlan;
import io.github.cscreturns.core.cin.ImmutableSection47;
import io.github.cscreturns.core.cin.ImmutableCinPlanDates;

class Rule8565Test {
  private static final String CODE = "8565";

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
  void aClosedEpisodeWithEveryDateOnOrBeforeItsClosurePasses(CollectionYear year) {
    CinChild c = withEpisode(year, EpisodeCases::closed);
    assertThat(flagged(CODE, c, year)).isEmpty();
    CinChild sameDay = withEpisode(year, e -> closed(e).withDateOfInitialCpc(closed(e).closureDate()));
    assertThat(flagged(CODE, sameDay, year)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("years")
  void aCinPlanEndingTheDayAfterClosureIsFlaggedWithTheEpisode(CollectionYear year) {
    CinChild c = withEpisode(year, e -> {
      var closed = closed(e);
      return closed.withCinPlanDates(ImmutableCinPlanDates.copyOf(closed.cinPlanDates().get(0)).withEndDate(closed.closureDate().get().plusDays(1)));
    });
    assertThat(flagged(CODE, c, year)).containsExactlyInAnyOrder(episode(c), CinRuleTester.episode(c).cinPlanDates().get(0));
  }

  @ParameterizedTest
  @MethodSource("years")
  void assessmentSection47AndPlanDatesAfterClosureFlagTheirRecords(CollectionYear year) {
    CinChild c = withEpisode(year, e -> {
      var closed = closed(e);
      var late = closed.closureDate().get().plusDays(1);
      return closed
          .withAssessments(ImmutableAssessment.copyOf(closed.assessments().get(0)).withAuthorisationDate(late))
          .withSection47(ImmutableSection47.copyOf(closed.section47().get(0)).withStartDate(late))
          .withChildProtectionPlans(ImmutableChildProtectionPlan.copyOf(closed.childProtectionPlans().get(0)).withEndDate(late));
    });
    var ep = CinRuleTester.episode(c);
    assertThat(flagged(CODE, c, year))
        .containsExactlyInAnyOrder(ep, ep.assessments().get(0), ep.section47().get(0), ep.childProtectionPlans().get(0));
  }

  @ParameterizedTest
  @MethodSource("years")
  void anEpisodeConferenceAfterClosureFlagsTheEpisode(CollectionYear year) {
    CinChild c = withEpisode(year, e -> closed(e).withDateOfInitialCpc(closed(e).closureDate().get().plusDays(1)));
    assertThat(flagged(CODE, c, year)).containsExactly(episode(c));
  }
}
