package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.CinEpisodeChanges.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinRecord;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import io.github.cscreturns.codesets.cin.ReasonForClosure;

class Rule2990Test {
  static List<CollectionYear> years() {
    return yearsWith("2990");
  }

  private static List<CinRecord> flagged(CinChild child, CollectionYear year) {
    return CinRuleTester.flaggedByTheYearsRule("2990", child, year);
  }

  private static CinChild closedFor(CollectionYear year, ReasonForClosure reason) {
    return withEpisode(year, e -> e.withClosureDate(day(year, 300)).withReasonForClosure(reason));
  }

  @ParameterizedTest
  @MethodSource("years")
  void activityOnACaseClosedAfterAssessmentIsFlaggedRecordByRecord(CollectionYear year) {
    for (ReasonForClosure reason : List.of(ReasonForClosure.CLOSED_AFTER_ASSESSMENT_NO_FURTHER_ACTION, ReasonForClosure.CLOSED_AFTER_ASSESSMENT_REFERRED_TO_EARLY_HELP)) {
      CinChild child = closedFor(year, reason);
      var e = episodeOf(child);
      assertThat(flagged(child, year)).containsExactly(e, e.childProtectionPlans().get(0), e.cinPlanDates().get(0), e.section47().get(0));
      CinChild conferenceOnly = CinRuleTester.withEpisode(child, io.github.cscreturns.core.cin.ImmutableCinDetails.copyOf(e)
          .withSection47(List.of()).withChildProtectionPlans(List.of()).withCinPlanDates(List.of()).withDateOfInitialCpc(day(year, 80)));
      assertThat(flagged(conferenceOnly, year)).containsExactly(episodeOf(conferenceOnly));
    }
  }

  @ParameterizedTest
  @MethodSource("years")
  void aCaseClosedAfterAssessmentWithoutActivityOrClosedForAnotherReasonPasses(CollectionYear year) {
    assertThat(flagged(CinRuleTester.child(year), year)).isEmpty();
    CinChild other = closedFor(year, ReasonForClosure.parse("RC1").orElseThrow());
    assertThat(flagged(other, year)).isEmpty();
    CinChild quiet = withEpisode(year, e -> e.withClosureDate(day(year, 90)).withReasonForClosure(ReasonForClosure.CLOSED_AFTER_ASSESSMENT_NO_FURTHER_ACTION)
        .withSection47(List.of()).withChildProtectionPlans(List.of()).withCinPlanDates(List.of()));
    assertThat(flagged(quiet, year)).isEmpty();
  }
}
