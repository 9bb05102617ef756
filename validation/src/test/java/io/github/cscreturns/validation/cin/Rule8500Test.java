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

class Rule8500Test {
  static List<CollectionYear> years() {
    return ChildVariants.yearsOf("8500");
  }

  @ParameterizedTest
  @MethodSource("years")
  void anLaChildIdPasses(CollectionYear year) {
    assertThat(flaggedByTheYearsRule("8500", child(year), year)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("years")
  void aMissingOrEmptyLaChildIdIsFlagged(CollectionYear year) {
    CinChild missing = withIdentifiers(child(year), b -> b.laChildId(Optional.empty()));
    assertThat(flaggedByTheYearsRule("8500", missing, year)).containsExactly(missing.identifiers());
    CinChild empty = withIdentifiers(missing, b -> b.putUnparsed("LAchildID", ""));
    assertThat(flaggedByTheYearsRule("8500", empty, year)).containsExactly(empty.identifiers());
  }
}
