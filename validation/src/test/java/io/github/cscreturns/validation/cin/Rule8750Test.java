package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.CinRuleTester.child;
import static io.github.cscreturns.validation.cin.CinRuleTester.episode;
import static io.github.cscreturns.validation.cin.CinRuleTester.flaggedByTheYearsRule;
import static io.github.cscreturns.validation.cin.CinRuleTester.referenceDate;
import static io.github.cscreturns.validation.cin.ChildVariants.withDisabilities;
import static io.github.cscreturns.validation.cin.ChildVariants.withFirstEpisode;
import static io.github.cscreturns.validation.cin.ChildVariants.withIdentifiers;
import static io.github.cscreturns.validation.cin.ChildVariants.withSecondEpisode;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.cin.ReasonForClosure;
import io.github.cscreturns.codesets.cin.UpnUnknownReason;
import io.github.cscreturns.codesets.cin.YesNo;
import io.github.cscreturns.core.cin.CinChild;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Rule8750Test {
  static List<CollectionYear> years() {
    return ChildVariants.yearsOf("8750");
  }

  private static CinChild unborn(CollectionYear year) {
    return withIdentifiers(child(year), b -> b.birthDate(Optional.empty()).expectedBirthDate(referenceDate(year).plusDays(20)));
  }

  private static CinChild withUnknownSex(CinChild c, CollectionYear year) {
    return withIdentifiers(c, b -> year.isOlderThan(CollectionYear.Y2024_25)
        ? b.genderCurrent(io.github.cscreturns.codesets.cin.GenderCurrent.NOT_RECORDED_OR_UNBORN)
        : b.sex(io.github.cscreturns.codesets.cin.Sex.UNKNOWN));
  }

  @ParameterizedTest
  @MethodSource("years")
  void anUnbornChildWithTheUnbornCodePasses(CollectionYear year) {
    assertThat(flaggedByTheYearsRule("8750", child(year), year)).isEmpty();
    assertThat(flaggedByTheYearsRule("8750", withUnknownSex(unborn(year), year), year)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("years")
  void anUnbornChildWithAnotherCodeOrNoneIsFlagged(CollectionYear year) {
    CinChild c = unborn(year);
    assertThat(flaggedByTheYearsRule("8750", c, year)).containsExactly(c.identifiers());
    CinChild none = withIdentifiers(c, b -> b.genderCurrent(Optional.empty()).sex(Optional.empty()));
    assertThat(flaggedByTheYearsRule("8750", none, year)).containsExactly(none.identifiers());
  }
}
