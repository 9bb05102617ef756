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

class Rule4220Test {
  static List<CollectionYear> years() {
    return ChildVariants.yearsOf("4220");
  }

  private static CinChild withEthnicity(CinChild child, io.github.cscreturns.core.cin.ChildCharacteristics ch) {
    return CinChild.builder().from(child).characteristics(ch).build();
  }

  @ParameterizedTest
  @MethodSource("years")
  void aValidEthnicityPasses(CollectionYear year) {
    assertThat(flaggedByTheYearsRule("4220", child(year), year)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("years")
  void aMissingOrInvalidEthnicityIsFlagged(CollectionYear year) {
    var none = io.github.cscreturns.core.cin.ChildCharacteristics.builder().build();
    CinChild missing = withEthnicity(child(year), none);
    assertThat(flaggedByTheYearsRule("4220", missing, year)).containsExactly(none);
    var invalid = io.github.cscreturns.core.cin.ChildCharacteristics.builder().putUnparsed("Ethnicity", "ABAB").build();
    assertThat(flaggedByTheYearsRule("4220", withEthnicity(child(year), invalid), year)).containsExactly(invalid);
  }
}
