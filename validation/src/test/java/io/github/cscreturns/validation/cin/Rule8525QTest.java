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

class Rule8525QTest {
  static List<CollectionYear> years() {
    return ChildVariants.yearsOf("8525Q");
  }

  @ParameterizedTest
  @MethodSource("years")
  void oneOfTheTwoDatesPasses(CollectionYear year) {
    assertThat(flaggedByTheYearsRule("8525Q", child(year), year)).isEmpty();
    CinChild unborn = withIdentifiers(child(year), b -> b.birthDate(Optional.empty()).expectedBirthDate(referenceDate(year)));
    assertThat(flaggedByTheYearsRule("8525Q", unborn, year)).isEmpty();
    CinChild otherForm = withIdentifiers(child(year), b -> b.birthDate(Optional.empty()).putUnparsed("PersonBirthDate", "15-12-2018"));
    assertThat(flaggedByTheYearsRule("8525Q", otherForm, year)).as("a date in another form is given").isEmpty();
  }

  @ParameterizedTest
  @MethodSource("years")
  void bothOrNeitherAreFlagged(CollectionYear year) {
    CinChild both = withIdentifiers(child(year), b -> b.expectedBirthDate(referenceDate(year)));
    assertThat(flaggedByTheYearsRule("8525Q", both, year)).containsExactly(both.identifiers());
    CinChild neither = withIdentifiers(child(year), b -> b.birthDate(Optional.empty()));
    assertThat(flaggedByTheYearsRule("8525Q", neither, year)).containsExactly(neither.identifiers());
    CinChild impossible = withIdentifiers(neither, b -> b.putUnparsed("PersonBirthDate", "2015-02-30").putUnparsed("ExpectedPersonBirthDate", ""));
    assertThat(flaggedByTheYearsRule("8525Q", impossible, year)).as("an impossible date is none").containsExactly(impossible.identifiers());
  }
}
