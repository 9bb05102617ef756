package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.CinRuleTester.child;
import static io.github.cscreturns.validation.cin.CinRuleTester.flaggedByTheYearsRule;
import static io.github.cscreturns.validation.cin.ChildVariants.withIdentifiers;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.Upn;
import io.github.cscreturns.core.cin.CinChild;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Rule1550Test {
  static List<CollectionYear> years() {
    return ChildVariants.yearsOf("1550");
  }

  private static CinChild withUpn(CollectionYear year, String upn) {
    return withIdentifiers(child(year), b -> b.upn(Upn.of(upn)));
  }

  @ParameterizedTest
  @MethodSource("years")
  void aDigitOrAllowedLetterPasses(CollectionYear year) {
    assertThat(flaggedByTheYearsRule("1550", child(year), year)).isEmpty();
    assertThat(flaggedByTheYearsRule("1550", withUpn(year, "A31820012400Z"), year)).isEmpty();
    assertThat(flaggedByTheYearsRule("1550", withUpn(year, "A3182001240I"), year)).as("12 characters").isEmpty();
  }

  @ParameterizedTest
  @MethodSource("years")
  void iOAndSAndLowerCaseAreFlagged(CollectionYear year) {
    for (String last : List.of("I", "O", "S", "a", "-")) {
      CinChild c = withUpn(year, "A31820012400" + last);
      assertThat(flaggedByTheYearsRule("1550", c, year)).as(last).containsExactly(c.identifiers());
    }
  }
}
