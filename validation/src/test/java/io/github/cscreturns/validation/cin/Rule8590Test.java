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

class Rule8590Test {
  static List<CollectionYear> years() {
    return ChildVariants.yearsOf("8590");
  }

  @ParameterizedTest
  @MethodSource("years")
  void aChildWithAnEpisodePasses(CollectionYear year) {
    assertThat(flaggedByTheYearsRule("8590", child(year), year)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("years")
  void aChildWithoutAnEpisodeIsFlagged(CollectionYear year) {
    CinChild c = CinChild.builder().from(child(year)).cinDetails(List.of()).build();
    assertThat(flaggedByTheYearsRule("8590", c, year)).containsExactly(c.identifiers());
  }
}
