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

class Rule1520Test {
  static List<CollectionYear> years() {
    return ChildVariants.yearsOf("1520");
  }

  @ParameterizedTest
  @MethodSource("years")
  void differentUpnsPass(CollectionYear year) {
    assertThat(flaggedByTheYearsRule("1520", List.of(child(year, 1), child(year, 2), child(year, 3)), year).isEmpty()).isTrue();
  }

  @ParameterizedTest
  @MethodSource("years")
  void everyChildSharingAUpnIsFlagged(CollectionYear year) {
    Upn shared = child(year, 1).identifiers().upn().orElseThrow();
    CinChild first = child(year, 1);
    CinChild third = withIdentifiers(child(year, 3), b -> b.upn(shared));
    List<CinRecord> flagged = flaggedByTheYearsRule("1520", List.of(first, child(year, 2), third), year).flagged();
    assertThat(flagged).containsExactly(first.identifiers(), third.identifiers());
  }

  @ParameterizedTest
  @MethodSource("years")
  void childrenWithoutAUpnAreNotCompared(CollectionYear year) {
    CinChild a = withIdentifiers(child(year, 1), b -> b.upn(Optional.empty()));
    CinChild c = withIdentifiers(child(year, 2), b -> b.upn(Optional.empty()).putUnparsed("UPN", ""));
    assertThat(flaggedByTheYearsRule("1520", List.of(a, c), year).isEmpty()).isTrue();
  }
}
