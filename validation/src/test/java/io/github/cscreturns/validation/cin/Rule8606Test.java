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

class Rule8606Test {
  static List<CollectionYear> years() {
    return ChildVariants.yearsOf("8606");
  }

  private static CinChild bornDaysAfterReferral(CollectionYear year, int days, boolean unborn) {
    CinChild c = child(year);
    LocalDate birth = episode(c).referralDate().orElseThrow().plusDays(days);
    return withIdentifiers(c, b -> unborn ? b.birthDate(Optional.empty()).expectedBirthDate(birth) : b.birthDate(birth));
  }

  @ParameterizedTest
  @MethodSource("years")
  void aReferralUpTo280DaysBeforeBirthPasses(CollectionYear year) {
    assertThat(flaggedByTheYearsRule("8606", child(year), year)).isEmpty();
    assertThat(flaggedByTheYearsRule("8606", bornDaysAfterReferral(year, 280, false), year)).isEmpty();
    assertThat(flaggedByTheYearsRule("8606", bornDaysAfterReferral(year, 280, true), year)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("years")
  void aReferralMoreThan280DaysBeforeBirthOrExpectedBirthIsFlagged(CollectionYear year) {
    for (boolean unborn : List.of(false, true)) {
      CinChild c = bornDaysAfterReferral(year, 281, unborn);
      assertThat(flaggedByTheYearsRule("8606", c, year)).as("unborn " + unborn).containsExactly(episode(c), c.identifiers());
    }
  }
}
