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

class Rule8520Test {
  static List<CollectionYear> years() {
    return ChildVariants.yearsOf("8520");
  }

  private static CinChild bornOn(CollectionYear year, LocalDate birth) {
    return withIdentifiers(child(year), b -> b.birthDate(birth));
  }

  @ParameterizedTest
  @MethodSource("years")
  void birthOnOrBeforeTheReferenceDatePasses(CollectionYear year) {
    assertThat(flaggedByTheYearsRule("8520", child(year), year)).isEmpty();
    assertThat(flaggedByTheYearsRule("8520", bornOn(year, referenceDate(year)), year)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("years")
  void birthAfterTheReferenceDateIsFlagged(CollectionYear year) {
    CinChild c = bornOn(year, referenceDate(year).plusDays(1));
    assertThat(flaggedByTheYearsRule("8520", c, year)).containsExactly(c.identifiers());
  }
}
