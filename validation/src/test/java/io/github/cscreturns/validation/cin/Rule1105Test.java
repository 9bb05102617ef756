package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.CinRuleTester.episode;
import static io.github.cscreturns.validation.cin.CinRuleTester.flaggedByTheYearsRule;
import static io.github.cscreturns.validation.cin.CinRuleTester.withEpisode;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.ChildProtectionPlan;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Rule1105Test {
  static List<CollectionYear> years() {
    return ProtectionPlanFixtures.yearsWith("1105");
  }

  private static CinChild planStartingOn(CollectionYear year, LocalDate start) {
    CinChild child = CinRuleTester.child(year);
    return ProtectionPlanFixtures.withPlans(child, ProtectionPlanFixtures.planLikeBaseline(child).startDate(start).build());
  }

  @ParameterizedTest
  @MethodSource("years")
  void theBaselineAndAPlanStartingOnTheReferralDayPass(CollectionYear year) {
    CinChild baseline = CinRuleTester.child(year);
    assertThat(flaggedByTheYearsRule("1105", baseline, year)).isEmpty();
    LocalDate referral = episode(baseline).referralDate().orElseThrow();
    assertThat(flaggedByTheYearsRule("1105", planStartingOn(year, referral), year)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("years")
  void aPlanStartingTheDayBeforeTheReferralIsFlaggedWithItsEpisode(CollectionYear year) {
    LocalDate referral = episode(CinRuleTester.child(year)).referralDate().orElseThrow();
    CinChild child = planStartingOn(year, referral.minusDays(1));
    ChildProtectionPlan plan = ProtectionPlanFixtures.plan(child);
    assertThat(flaggedByTheYearsRule("1105", child, year)).containsExactlyInAnyOrder(plan, episode(child));
  }

  @ParameterizedTest
  @MethodSource("years")
  void aMissingReferralOrStartDateLeavesNothingToCompare(CollectionYear year) {
    LocalDate referral = episode(CinRuleTester.child(year)).referralDate().orElseThrow();
    CinChild early = planStartingOn(year, referral.minusDays(10));
    CinDetails noReferral = CinDetails.builder().from(episode(early)).referralDate(Optional.empty()).build();
    assertThat(flaggedByTheYearsRule("1105", withEpisode(early, noReferral), year)).isEmpty();
    CinChild child = CinRuleTester.child(year);
    CinChild noStart = ProtectionPlanFixtures.withPlans(
        child, ProtectionPlanFixtures.planLikeBaseline(child).startDate(Optional.empty()).build());
    assertThat(flaggedByTheYearsRule("1105", noStart, year)).isEmpty();
  }
}
