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

class Rule8770QTest {
  static List<CollectionYear> years() {
    return ChildVariants.yearsOf("8770Q");
  }

  /** The last birth date of a child of school age in the year's version of the rule. */
  private static LocalDate lastSchoolAgeBirth(CollectionYear year) {
    LocalDate ref = referenceDate(year);
    return year.isOlderThan(CollectionYear.Y2024_25) ? ref.minusYears(6).minusDays(1) : LocalDate.of(ref.getYear() - 6, 8, 31);
  }

  private static CinChild withoutUpn(CollectionYear year, LocalDate birth) {
    return withIdentifiers(child(year), b -> b.upn(Optional.empty()).birthDate(birth));
  }

  @ParameterizedTest
  @MethodSource("years")
  void aChildOfSchoolAgeWithAUpnOrAReasonPasses(CollectionYear year) {
    assertThat(flaggedByTheYearsRule("8770Q", child(year), year)).isEmpty();
    CinChild reason = withIdentifiers(withoutUpn(year, lastSchoolAgeBirth(year)), b -> b.upnUnknown(UpnUnknownReason.UN2));
    assertThat(flaggedByTheYearsRule("8770Q", reason, year)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("years")
  void aChildOfSchoolAgeWithoutUpnOrWithUn1IsFlagged(CollectionYear year) {
    CinChild none = withoutUpn(year, lastSchoolAgeBirth(year));
    assertThat(flaggedByTheYearsRule("8770Q", none, year)).containsExactly(none.identifiers());
    CinChild un1 = withIdentifiers(none, b -> b.upnUnknown(UpnUnknownReason.UN1));
    assertThat(flaggedByTheYearsRule("8770Q", un1, year)).containsExactly(un1.identifiers());
  }

  @ParameterizedTest
  @MethodSource("years")
  void aYoungerChildOrAReferralWithNoFurtherActionPasses(CollectionYear year) {
    assertThat(flaggedByTheYearsRule("8770Q", withoutUpn(year, lastSchoolAgeBirth(year).plusDays(1)), year)).isEmpty();
    CinChild nfa = withFirstEpisode(withoutUpn(year, lastSchoolAgeBirth(year)), e -> e.referralNfa(YesNo.TRUE));
    assertThat(flaggedByTheYearsRule("8770Q", nfa, year)).isEmpty();
  }
}
