package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.CinRuleTester.episode;
import static io.github.cscreturns.validation.cin.CinRuleTester.flaggedByTheYearsRule;
import static io.github.cscreturns.validation.cin.CinRuleTester.withEpisode;
import static io.github.cscreturns.validation.cin.ProtectionPlanFixtures.planLikeBaseline;
import static io.github.cscreturns.validation.cin.ProtectionPlanFixtures.withPlans;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.cin.YesNo;
import io.github.cscreturns.core.cin.ChildProtectionPlan;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.core.cin.Section47;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Rule2885Test {
  static List<CollectionYear> years() {
    return ProtectionPlanFixtures.yearsWith("2885");
  }

  private static CinChild planStartingOn(CinChild child, LocalDate start) {
    return withPlans(child, planLikeBaseline(child).startDate(start).build());
  }

  /** The child with its enquiry left out and the enquiry's conference recorded on the episode instead. */
  private static CinChild withoutSection47(CinChild child) {
    CinDetails e = episode(child);
    return withEpisode(child, CinDetails.builder().from(e).dateOfInitialCpc(e.section47().get(0).dateOfInitialCpc()).section47(List.of()).build());
  }

  @ParameterizedTest
  @MethodSource("years")
  void aPlanStartingOnTheConferenceOfItsEnquiryPasses(CollectionYear year) {
    assertThat(flaggedByTheYearsRule("2885", CinRuleTester.child(year), year)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("years")
  void aPlanStartingAnotherDayIsFlaggedWithTheEnquiry(CollectionYear year) {
    CinChild baseline = CinRuleTester.child(year);
    LocalDate conference = episode(baseline).section47().get(0).dateOfInitialCpc().orElseThrow();
    CinChild child = planStartingOn(baseline, conference.plusDays(1));
    assertThat(flaggedByTheYearsRule("2885", child, year))
        .containsExactlyInAnyOrder(ProtectionPlanFixtures.plan(child), episode(child).section47().get(0));
  }

  @ParameterizedTest
  @MethodSource("years")
  void onlyPlansStartingWithinTheCensusPeriodAreJudged(CollectionYear year) {
    CinChild baseline = CinRuleTester.child(year);
    LocalDate start = CinRuleTester.start(year);
    LocalDate end = CinRuleTester.referenceDate(year);
    assertThat(flaggedByTheYearsRule("2885", planStartingOn(baseline, start.minusDays(1)), year)).isEmpty();
    assertThat(flaggedByTheYearsRule("2885", planStartingOn(baseline, end.plusDays(1)), year)).isEmpty();
    assertThat(flaggedByTheYearsRule("2885", planStartingOn(baseline, start), year)).hasSize(2);
    assertThat(flaggedByTheYearsRule("2885", planStartingOn(baseline, end), year)).hasSize(2);
  }

  @ParameterizedTest
  @MethodSource("years")
  void withoutAnEnquiryThePlanIsComparedWithTheEpisodesConference(CollectionYear year) {
    CinChild baseline = withoutSection47(CinRuleTester.child(year));
    assertThat(flaggedByTheYearsRule("2885", baseline, year)).isEmpty();
    LocalDate conference = episode(baseline).dateOfInitialCpc().orElseThrow();
    CinChild child = planStartingOn(baseline, conference.minusDays(1));
    assertThat(flaggedByTheYearsRule("2885", child, year))
        .containsExactlyInAnyOrder(ProtectionPlanFixtures.plan(child), episode(child));
  }

  @ParameterizedTest
  @MethodSource("years")
  void aPlanOnTheConferenceClearsTheEnquiryButNotAnotherPlanOfTheEpisode(CollectionYear year) {
    CinChild baseline = CinRuleTester.child(year);
    ChildProtectionPlan onTheConference = ProtectionPlanFixtures.plan(baseline);
    ChildProtectionPlan later = planLikeBaseline(baseline)
        .startDate(onTheConference.startDate().orElseThrow().plusDays(200))
        .endDate(Optional.empty())
        .build();
    CinChild child = withPlans(baseline, onTheConference, later);
    assertThat(flaggedByTheYearsRule("2885", child, year)).containsExactly(episode(child).childProtectionPlans().get(1));
  }

  @ParameterizedTest
  @MethodSource("years")
  void anEnquiryRecordedAsNotNeedingAConferenceIsStillTheAssociatedRecord(CollectionYear year) {
    CinChild baseline = CinRuleTester.child(year);
    Section47 enquiry = episode(baseline).section47().get(0);
    Section47 notRequired = Section47.builder().from(enquiry).icpcNotRequired(YesNo.YES).build();
    CinChild onItsDate = withEpisode(baseline, CinDetails.builder().from(episode(baseline)).section47(List.of(notRequired)).build());
    assertThat(flaggedByTheYearsRule("2885", onItsDate, year)).isEmpty();
    Section47 noConference = Section47.builder().from(notRequired).dateOfInitialCpc(Optional.empty()).build();
    CinChild withoutDate = withEpisode(baseline,
        CinDetails.builder().from(episode(baseline)).dateOfInitialCpc(enquiry.dateOfInitialCpc()).section47(List.of(noConference)).build());
    assertThat(episode(withoutDate).dateOfInitialCpc()).isEqualTo(ProtectionPlanFixtures.plan(withoutDate).startDate());
    assertThat(flaggedByTheYearsRule("2885", withoutDate, year))
        .containsExactlyInAnyOrder(ProtectionPlanFixtures.plan(withoutDate), episode(withoutDate).section47().get(0));
  }
}
