package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.CinRuleTester.episode;
import static io.github.cscreturns.validation.cin.CinRuleTester.flaggedByTheYearsRule;
import static io.github.cscreturns.validation.cin.CinRuleTester.withEpisode;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.cin.YesNo;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Rule8832Test {
  static List<CollectionYear> years() {
    return ProtectionPlanFixtures.yearsWith("8832");
  }

  private static CinChild withReferralNfa(CinChild child, Optional<YesNo> nfa) {
    return withEpisode(child, CinDetails.builder().from(episode(child)).referralNfa(nfa).build());
  }

  @ParameterizedTest
  @MethodSource("years")
  void plansOfAReferralNeedingActionPass(CollectionYear year) {
    CinChild child = CinRuleTester.child(year);
    assertThat(flaggedByTheYearsRule("8832", child, year)).isEmpty();
    assertThat(flaggedByTheYearsRule("8832", withReferralNfa(child, Optional.of(YesNo.NO)), year)).isEmpty();
    assertThat(flaggedByTheYearsRule("8832", withReferralNfa(child, Optional.empty()), year)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("years")
  void aPlanOfAReferralWithNoFurtherActionIsFlaggedWithItsEpisode(CollectionYear year) {
    for (YesNo yes : List.of(YesNo.TRUE, YesNo.YES)) {
      CinChild child = withReferralNfa(CinRuleTester.child(year), Optional.of(yes));
      assertThat(flaggedByTheYearsRule("8832", child, year))
          .containsExactlyInAnyOrder(episode(child), ProtectionPlanFixtures.plan(child));
    }
  }

  @ParameterizedTest
  @MethodSource("years")
  void aFlagInCapitalsIsNotTheDfesTrueOr1(CollectionYear year) {
    assertThat(flaggedByTheYearsRule("8832", withReferralNfa(CinRuleTester.child(year), Optional.of(YesNo.TRUE_UPPER)), year)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("years")
  void aReferralWithNoFurtherActionAndNoPlanPasses(CollectionYear year) {
    CinChild child = ProtectionPlanFixtures.withPlans(withReferralNfa(CinRuleTester.child(year), Optional.of(YesNo.TRUE)));
    assertThat(flaggedByTheYearsRule("8832", child, year)).isEmpty();
  }
}
