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

class Rule1560QTest {
  static List<CollectionYear> years() {
    return ChildVariants.yearsOf("1560Q");
  }

  private static CinChild withFormerUpn(CollectionYear year, String upn) {
    return withIdentifiers(child(year), b -> b.formerUpn(Upn.of(upn)));
  }

  @ParameterizedTest
  @MethodSource("years")
  void aFormerUpnInUpnFormatPasses(CollectionYear year) {
    assertThat(flaggedByTheYearsRule("1560Q", child(year), year)).isEmpty();
    assertThat(flaggedByTheYearsRule("1560Q", withFormerUpn(year, "X987654321231"), year)).isEmpty();
    assertThat(flaggedByTheYearsRule("1560Q", withFormerUpn(year, "X98765432123B"), year)).as("temporary").isEmpty();
  }

  @ParameterizedTest
  @MethodSource("years")
  void aFormerUpnOfAnotherFormatIsFlagged(CollectionYear year) {
    for (String former : List.of("X0000y0000007", "X98721238", "1987654321231", "X9876543212312")) {
      CinChild c = withFormerUpn(year, former);
      assertThat(flaggedByTheYearsRule("1560Q", c, year)).as(former).containsExactly(c.identifiers());
    }
  }
}
