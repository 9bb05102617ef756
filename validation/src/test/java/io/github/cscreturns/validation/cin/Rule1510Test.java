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

class Rule1510Test {
  static List<CollectionYear> years() {
    return ChildVariants.yearsOf("1510");
  }

  private static CinChild withUpn(CollectionYear year, String upn) {
    return withIdentifiers(child(year), b -> b.upn(Upn.of(upn)));
  }

  @ParameterizedTest
  @MethodSource("years")
  void aUpnWithItsCheckLetterPasses(CollectionYear year) {
    assertThat(flaggedByTheYearsRule("1510", child(year), year)).isEmpty();
    String temporary = "?31820012400A";
    assertThat(flaggedByTheYearsRule("1510", withUpn(year, Upn.expectedCheckLetter(temporary).orElseThrow() + temporary.substring(1)), year)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("years")
  void aWrongCheckLetterIsFlagged(CollectionYear year) {
    String upn = child(year).identifiers().upn().orElseThrow().value();
    char wrong = upn.charAt(0) == 'A' ? 'B' : 'A';
    CinChild c = withUpn(year, wrong + upn.substring(1));
    assertThat(flaggedByTheYearsRule("1510", c, year)).containsExactly(c.identifiers());
  }

  @ParameterizedTest
  @MethodSource("years")
  void aTemporaryUpnIsCheckedWithItsFinalLetter(CollectionYear year) {
    String temporary = "?31820012400A";
    char right = Upn.expectedCheckLetter(temporary).orElseThrow();
    CinChild c = withUpn(year, (right == 'A' ? 'B' : 'A') + temporary.substring(1));
    assertThat(flaggedByTheYearsRule("1510", c, year)).containsExactly(c.identifiers());
  }

  @ParameterizedTest
  @MethodSource("years")
  void aUpnWhoseLetterCannotBeWorkedOutIsLeftToTheFormatRules(CollectionYear year) {
    assertThat(flaggedByTheYearsRule("1510", withUpn(year, "A3182001240I1"), year)).isEmpty();
    assertThat(flaggedByTheYearsRule("1510", withUpn(year, "UN4"), year)).isEmpty();
  }
}
