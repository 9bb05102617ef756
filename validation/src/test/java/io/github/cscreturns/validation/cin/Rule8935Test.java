package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.CinRuleTester.episode;
import static io.github.cscreturns.validation.cin.CinRuleTester.flaggedByTheYearsRule;
import static io.github.cscreturns.validation.cin.ProtectionPlanFixtures.planLikeBaseline;
import static io.github.cscreturns.validation.cin.ProtectionPlanFixtures.withPlans;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.ChildProtectionPlan;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Rule8935Test {
  static List<CollectionYear> years() {
    return ProtectionPlanFixtures.yearsWith("8935");
  }

  private static ChildProtectionPlan open(CinChild child, int daysAfterBaselineStart) {
    ChildProtectionPlan baseline = ProtectionPlanFixtures.plan(child);
    return planLikeBaseline(child)
        .startDate(baseline.startDate().orElseThrow().plusDays(daysAfterBaselineStart))
        .endDate(Optional.empty())
        .build();
  }

  @ParameterizedTest
  @MethodSource("years")
  void oneOpenPlanPasses(CollectionYear year) {
    CinChild child = CinRuleTester.child(year);
    assertThat(flaggedByTheYearsRule("8935", child, year)).isEmpty();
    CinChild oneOpen = withPlans(child, ProtectionPlanFixtures.plan(child), open(child, 200));
    assertThat(flaggedByTheYearsRule("8935", oneOpen, year)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("years")
  void twoOpenPlansOfOneEpisodeAreBothFlagged(CollectionYear year) {
    CinChild base = CinRuleTester.child(year);
    CinChild child = withPlans(base, open(base, 0), open(base, 200));
    assertThat(flaggedByTheYearsRule("8935", child, year)).containsExactlyElementsOf(episode(child).childProtectionPlans());
  }

  @ParameterizedTest
  @MethodSource("years")
  void openPlansOfTwoEpisodesAreBothFlagged(CollectionYear year) {
    CinChild base = CinRuleTester.child(year);
    CinDetails first = CinDetails.builder().from(episode(base)).childProtectionPlans(List.of(open(base, 0))).build();
    CinDetails second = CinDetails.builder().from(episode(base)).childProtectionPlans(List.of(open(base, 200))).build();
    CinChild child = CinChild.builder().from(base).cinDetails(List.of(first, second)).build();
    assertThat(flaggedByTheYearsRule("8935", child, year)).containsExactly(
        child.cinDetails().get(0).childProtectionPlans().get(0), child.cinDetails().get(1).childProtectionPlans().get(0));
  }

  @ParameterizedTest
  @MethodSource("years")
  void anUnreadableEndDateLeavesThePlanOpen(CollectionYear year) {
    CinChild base = CinRuleTester.child(year);
    ChildProtectionPlan unreadableEnd = planLikeBaseline(base).endDate(Optional.empty()).putUnparsed("CPPendDate", "2023-02-30").build();
    CinChild child = withPlans(base, unreadableEnd, open(base, 200));
    assertThat(flaggedByTheYearsRule("8935", child, year)).hasSize(2);
  }
}
