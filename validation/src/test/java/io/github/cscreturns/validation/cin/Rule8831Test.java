package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.EpisodeCases.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.CinChild;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import io.github.cscreturns.codesets.cin.YesNo;
import io.github.cscreturns.core.cin.ImmutableAssessment;
import io.github.cscreturns.core.cin.ImmutableSection47;
import java.util.Optional;

class Rule8831Test {
  private static final String CODE = "8831";

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
  void activityOnANoFurtherActionReferralIsFlaggedWithItsRecords(CollectionYear year) {
    CinChild c = withEpisode(year, e -> e.withReferralNfa(YesNo.TRUE).withDateOfInitialCpc(Optional.empty()));
    var ep = CinRuleTester.episode(c);
    assertThat(flagged(CODE, c, year)).containsExactlyInAnyOrder(ep, ep.assessments().get(0), ep.section47().get(0));
  }

  @ParameterizedTest
  @MethodSource("years")
  void anEpisodeConferenceFlagsTheEpisodeAlone(CollectionYear year) {
    // the episode's own conference date (the baseline records its conference on the enquiry only)
    CinChild c = withEpisode(year, e -> e.withReferralNfa(YesNo.YES).withAssessments(List.of()).withSection47(List.of())
        .withDateOfInitialCpc(CinRuleTester.start(year).plusDays(72)));
    assertThat(flagged(CODE, c, year)).containsExactly(episode(c));
  }

  @ParameterizedTest
  @MethodSource("years")
  void aNoFurtherActionReferralWithNoActivityPasses(CollectionYear year) {
    CinChild c = withEpisode(year, e -> e.withReferralNfa(YesNo.TRUE).withDateOfInitialCpc(Optional.empty())
        .withAssessments(ImmutableAssessment.copyOf(e.assessments().get(0)).withStartDate(Optional.empty()).withAuthorisationDate(Optional.empty()))
        .withSection47(ImmutableSection47.copyOf(e.section47().get(0)).withStartDate(Optional.empty())));
    assertThat(flagged(CODE, c, year)).isEmpty();
  }
}
