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

class Rule8530QTest {
  static List<CollectionYear> years() {
    return ChildVariants.yearsOf("8530Q");
  }

  private static CinChild expectedOn(CollectionYear year, LocalDate expected) {
    return withIdentifiers(child(year), b -> b.birthDate(Optional.empty()).expectedBirthDate(expected));
  }

  @ParameterizedTest
  @MethodSource("years")
  void anExpectedDateFromThirtyDaysBeforeToNineMonthsAfterPasses(CollectionYear year) {
    assertThat(flaggedByTheYearsRule("8530Q", child(year), year)).isEmpty();
    assertThat(flaggedByTheYearsRule("8530Q", expectedOn(year, referenceDate(year).minusDays(30)), year)).isEmpty();
    assertThat(flaggedByTheYearsRule("8530Q", expectedOn(year, referenceDate(year).plusMonths(9)), year)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("years")
  void anExpectedDateOutsideIsFlagged(CollectionYear year) {
    for (LocalDate d : List.of(referenceDate(year).minusDays(31), referenceDate(year).plusMonths(9).plusDays(1))) {
      CinChild c = expectedOn(year, d);
      assertThat(flaggedByTheYearsRule("8530Q", c, year)).as(d.toString()).containsExactly(c.identifiers());
    }
  }
}
