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

class Rule1570Test {
  static List<CollectionYear> years() {
    return ChildVariants.yearsOf("1570");
  }

  private static CinChild withChildId(CollectionYear year, String id) {
    return withIdentifiers(child(year), b -> b.laChildId(io.github.cscreturns.core.ChildId.of(id)));
  }

  @ParameterizedTest
  @MethodSource("years")
  void twentyCharactersPass(CollectionYear year) {
    assertThat(years()).doesNotContain(CollectionYear.Y2023_24);
    assertThat(flaggedByTheYearsRule("1570", child(year), year)).isEmpty();
    assertThat(flaggedByTheYearsRule("1570", withChildId(year, "X".repeat(20)), year)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("years")
  void twentyOneCharactersAreFlagged(CollectionYear year) {
    CinChild c = withChildId(year, "X".repeat(21));
    assertThat(flaggedByTheYearsRule("1570", c, year)).containsExactly(c.identifiers());
  }
}
