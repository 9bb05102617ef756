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

class Rule4180Test {
  static List<CollectionYear> years() {
    return ChildVariants.yearsOf("4180");
  }

  @ParameterizedTest
  @MethodSource("years")
  void theYearsItemWithAValidCodePasses(CollectionYear year) {
    assertThat(flaggedByTheYearsRule("4180", child(year), year)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("years")
  void aMissingOrUnreadableItemIsFlagged(CollectionYear year) {
    CinChild missing = withIdentifiers(child(year), b -> b.genderCurrent(Optional.empty()).sex(Optional.empty()));
    assertThat(flaggedByTheYearsRule("4180", missing, year)).containsExactly(missing.identifiers());
    String item = year.isOlderThan(CollectionYear.Y2024_25) ? "GenderCurrent" : "Sex";
    CinChild unreadable = withIdentifiers(missing, b -> b.putUnparsed(item, "7"));
    assertThat(flaggedByTheYearsRule("4180", unreadable, year)).containsExactly(unreadable.identifiers());
  }

  @ParameterizedTest
  @MethodSource("years")
  void theOtherYearsItemDoesNotCount(CollectionYear year) {
    CinChild other = year.isOlderThan(CollectionYear.Y2024_25)
        ? withIdentifiers(child(year), b -> b.genderCurrent(Optional.empty()).sex(io.github.cscreturns.codesets.cin.Sex.MALE))
        : withIdentifiers(child(year), b -> b.sex(Optional.empty()).genderCurrent(io.github.cscreturns.codesets.cin.GenderCurrent.MALE));
    assertThat(flaggedByTheYearsRule("4180", other, year)).containsExactly(other.identifiers());
  }
}
