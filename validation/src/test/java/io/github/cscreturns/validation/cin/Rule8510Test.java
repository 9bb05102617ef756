package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.CinRuleTester.child;
import static io.github.cscreturns.validation.cin.CinRuleTester.flaggedByTheYearsRule;
import static io.github.cscreturns.validation.cin.ChildVariants.withDisabilities;
import static io.github.cscreturns.validation.cin.ChildVariants.withIdentifiers;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.Upn;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Rule8510Test {
  static List<CollectionYear> years() {
    return ChildVariants.yearsOf("8510");
  }

  @ParameterizedTest
  @MethodSource("years")
  void differentIdsPass(CollectionYear year) {
    assertThat(flaggedByTheYearsRule("8510", List.of(child(year, 1), child(year, 2)), year).isEmpty()).isTrue();
  }

  @ParameterizedTest
  @MethodSource("years")
  void everyChildSharingAnIdIsFlagged(CollectionYear year) {
    CinChild a = child(year, 1);
    CinChild b = withIdentifiers(child(year, 2), x -> x.laChildId(ChildId.of("CHILD0001")));
    CinChild c = withIdentifiers(child(year, 3), x -> x.laChildId(ChildId.of("child0001")));
    assertThat(flaggedByTheYearsRule("8510", List.of(a, b, c), year).flagged()).containsExactly(a.identifiers(), b.identifiers());
  }

  @ParameterizedTest
  @MethodSource("years")
  void missingIdsAreNotCompared(CollectionYear year) {
    CinChild a = withIdentifiers(child(year, 1), x -> x.laChildId(Optional.empty()));
    CinChild b = withIdentifiers(child(year, 2), x -> x.laChildId(Optional.empty()));
    assertThat(flaggedByTheYearsRule("8510", List.of(a, b), year).isEmpty()).isTrue();
  }
}
