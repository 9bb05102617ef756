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

class Rule1540Test {
  static List<CollectionYear> years() {
    return ChildVariants.yearsOf("1540");
  }

  private static CinChild withUpn(CollectionYear year, String upn) {
    return withIdentifiers(child(year), b -> b.upn(Upn.of(upn)));
  }

  @ParameterizedTest
  @MethodSource("years")
  void digitsAtFiveToTwelvePass(CollectionYear year) {
    assertThat(flaggedByTheYearsRule("1540", child(year), year)).isEmpty();
    assertThat(flaggedByTheYearsRule("1540", withUpn(year, "AB3C12345678Z"), year)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("years")
  void aNonDigitAtFiveToTwelveIsFlagged(CollectionYear year) {
    for (String upn : List.of("A3180y0000000", "A3180000000y00", "A318 00000000")) {
      CinChild c = withUpn(year, upn);
      assertThat(flaggedByTheYearsRule("1540", c, year)).as(upn).containsExactly(c.identifiers());
    }
  }

  @ParameterizedTest
  @MethodSource("years")
  void aUpnTooShortForCharacterFiveIsFlagged(CollectionYear year) {
    CinChild c = withUpn(year, "UN4");
    assertThat(flaggedByTheYearsRule("1540", c, year)).containsExactly(c.identifiers());
  }
}
