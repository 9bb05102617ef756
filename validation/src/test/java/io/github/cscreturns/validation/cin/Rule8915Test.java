package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.CinRuleTester.flaggedByTheYearsRule;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.ChildIdentifiers;
import io.github.cscreturns.core.cin.CinChild;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Rule8915Test {
  static List<CollectionYear> years() {
    return ProtectionPlanFixtures.yearsWith("8915");
  }

  static CinChild diedOn(CinChild child, LocalDate death) {
    return CinChild.builder().from(child)
        .identifiers(ChildIdentifiers.builder().from(child.identifiers()).deathDate(death).build())
        .build();
  }

  private static LocalDate start(CinChild child) {
    return ProtectionPlanFixtures.plan(child).startDate().orElseThrow();
  }

  @ParameterizedTest
  @MethodSource("years")
  void aPlanStartingOnOrBeforeTheDeathPasses(CollectionYear year) {
    CinChild child = CinRuleTester.child(year);
    assertThat(flaggedByTheYearsRule("8915", child, year)).isEmpty();
    assertThat(flaggedByTheYearsRule("8915", diedOn(child, start(child)), year)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("years")
  void aPlanStartingAfterTheDeathIsFlaggedWithTheIdentifiers(CollectionYear year) {
    CinChild base = CinRuleTester.child(year);
    CinChild child = diedOn(base, start(base).minusDays(1));
    assertThat(flaggedByTheYearsRule("8915", child, year))
        .containsExactlyInAnyOrder(ProtectionPlanFixtures.plan(child), child.identifiers());
  }
}
