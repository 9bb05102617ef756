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

class Rule1530Test {
  static List<CollectionYear> years() {
    return ChildVariants.yearsOf("1530");
  }

  private static CinChild withUpn(CollectionYear year, String upn) {
    return withIdentifiers(child(year), b -> b.upn(Upn.of(upn)));
  }

  @ParameterizedTest
  @MethodSource("years")
  void aRecognisedLaCodePasses(CollectionYear year) {
    assertThat(flaggedByTheYearsRule("1530", child(year), year)).isEmpty();
    assertThat(flaggedByTheYearsRule("1530", withUpn(year, "R325"), year)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("years")
  void anUnrecognisedLaCodeIsFlagged(CollectionYear year) {
    CinChild c = withUpn(year, "A421962919251");
    assertThat(flaggedByTheYearsRule("1530", c, year)).containsExactly(c.identifiers());
  }

  @ParameterizedTest
  @MethodSource("years")
  void codes942And943AreRecognisedFrom2023To24(CollectionYear year) {
    CinChild c = withUpn(year, "A942001784301");
    if (year.isOlderThan(CollectionYear.Y2023_24)) {
      assertThat(flaggedByTheYearsRule("1530", c, year)).containsExactly(c.identifiers());
    } else {
      assertThat(flaggedByTheYearsRule("1530", c, year)).isEmpty();
    }
  }
}
