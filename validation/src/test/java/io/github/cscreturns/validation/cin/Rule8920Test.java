package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.CinRuleTester.flaggedByTheYearsRule;
import static io.github.cscreturns.validation.cin.ProtectionPlanFixtures.planLikeBaseline;
import static io.github.cscreturns.validation.cin.ProtectionPlanFixtures.withPlans;
import static io.github.cscreturns.validation.cin.Rule8915Test.diedOn;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.CinChild;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Rule8920Test {
  static List<CollectionYear> years() {
    return ProtectionPlanFixtures.yearsWith("8920");
  }

  private static LocalDate end(CinChild child) {
    return ProtectionPlanFixtures.plan(child).endDate().orElseThrow();
  }

  @ParameterizedTest
  @MethodSource("years")
  void aPlanEndingOnOrBeforeTheDeathPasses(CollectionYear year) {
    CinChild child = CinRuleTester.child(year);
    assertThat(flaggedByTheYearsRule("8920", child, year)).isEmpty();
    assertThat(flaggedByTheYearsRule("8920", diedOn(child, end(child)), year)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("years")
  void aPlanEndingAfterTheDeathIsFlaggedWithTheIdentifiers(CollectionYear year) {
    CinChild base = CinRuleTester.child(year);
    CinChild child = diedOn(base, end(base).minusDays(1));
    assertThat(flaggedByTheYearsRule("8920", child, year))
        .containsExactlyInAnyOrder(ProtectionPlanFixtures.plan(child), child.identifiers());
  }

  @ParameterizedTest
  @MethodSource("years")
  void anOpenPlanHasNoEndToJudge(CollectionYear year) {
    CinChild base = CinRuleTester.child(year);
    CinChild open = withPlans(base, planLikeBaseline(base).endDate(Optional.empty()).build());
    assertThat(flaggedByTheYearsRule("8920", diedOn(open, end(base).minusDays(1)), year)).isEmpty();
  }
}
