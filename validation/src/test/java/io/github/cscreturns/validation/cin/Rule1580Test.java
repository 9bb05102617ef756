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

class Rule1580Test {
  static List<CollectionYear> years() {
    return ChildVariants.yearsOf("1580");
  }

  private static CinChild withChildId(CollectionYear year, String id) {
    return withIdentifiers(child(year), b -> b.laChildId(io.github.cscreturns.core.ChildId.of(id)));
  }

  @ParameterizedTest
  @MethodSource("years")
  void lettersAndDigitsPass(CollectionYear year) {
    assertThat(years()).doesNotContain(CollectionYear.Y2023_24);
    assertThat(flaggedByTheYearsRule("1580", child(year), year)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("years")
  void punctuationOrSpacesAreFlagged(CollectionYear year) {
    for (String id : List.of("CHILD-0001", "CHILD 0001", "CHILD0001;", " CHILD0001")) {
      CinChild c = withChildId(year, id);
      assertThat(flaggedByTheYearsRule("1580", c, year)).as(id).containsExactly(c.identifiers());
    }
  }
}
