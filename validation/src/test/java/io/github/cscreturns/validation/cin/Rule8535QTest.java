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

class Rule8535QTest {
  static List<CollectionYear> years() {
    return ChildVariants.yearsOf("8535Q");
  }

  private static CinChild diedOn(CinChild child, LocalDate death) {
    return withIdentifiers(child, b -> b.deathDate(death));
  }

  @ParameterizedTest
  @MethodSource("years")
  void deathOnOrAfterBirthPasses(CollectionYear year) {
    CinChild c = child(year);
    assertThat(flaggedByTheYearsRule("8535Q", c, year)).isEmpty();
    assertThat(flaggedByTheYearsRule("8535Q", diedOn(c, c.identifiers().birthDate().orElseThrow()), year)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("years")
  void deathBeforeBirthOrWithoutABirthDateIsFlagged(CollectionYear year) {
    CinChild c = diedOn(child(year), child(year).identifiers().birthDate().orElseThrow().minusDays(1));
    assertThat(flaggedByTheYearsRule("8535Q", c, year)).containsExactly(c.identifiers());
    CinChild unborn = withIdentifiers(diedOn(child(year), referenceDate(year)), b -> b.birthDate(Optional.empty()).expectedBirthDate(referenceDate(year).plusDays(10)));
    assertThat(flaggedByTheYearsRule("8535Q", unborn, year)).containsExactly(unborn.identifiers());
  }
}
