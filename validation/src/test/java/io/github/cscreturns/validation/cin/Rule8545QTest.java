package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.CinRuleTester.child;
import static io.github.cscreturns.validation.cin.CinRuleTester.flaggedByTheYearsRule;
import static io.github.cscreturns.validation.cin.CinRuleTester.referenceDate;
import static io.github.cscreturns.validation.cin.CinRuleTester.start;
import static io.github.cscreturns.validation.cin.ChildVariants.withIdentifiers;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.CinChild;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Rule8545QTest {
  static List<CollectionYear> years() {
    return ChildVariants.yearsOf("8545Q");
  }

  private static CinChild diedOn(CollectionYear year, LocalDate death) {
    return withIdentifiers(child(year), b -> b.deathDate(death));
  }

  @ParameterizedTest
  @MethodSource("years")
  void deathWithinTheCensusPeriodPasses(CollectionYear year) {
    assertThat(flaggedByTheYearsRule("8545Q", child(year), year)).isEmpty();
    assertThat(flaggedByTheYearsRule("8545Q", diedOn(year, start(year)), year)).isEmpty();
    assertThat(flaggedByTheYearsRule("8545Q", diedOn(year, referenceDate(year)), year)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("years")
  void deathOutsideTheCensusPeriodIsFlagged(CollectionYear year) {
    for (LocalDate d : List.of(start(year).minusDays(1), referenceDate(year).plusDays(1))) {
      CinChild c = diedOn(year, d);
      assertThat(flaggedByTheYearsRule("8545Q", c, year)).as(d.toString()).containsExactly(c.identifiers());
    }
  }
}
