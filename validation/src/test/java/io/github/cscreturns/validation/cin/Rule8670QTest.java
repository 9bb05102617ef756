package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.EpisodeCases.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.CinChild;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

class Rule8670QTest {
  private static final String CODE = "8670Q";

  static List<CollectionYear> years() {
    return yearsWith(CODE);
  }

  @ParameterizedTest
  @MethodSource("years")
  void theBaselineChildPasses(CollectionYear year) {
    assertThat(flagged(CODE, CinRuleTester.child(year), year)).isEmpty();
  }

  /** The first of the 45 working days ending with the year's 31 March (counted as its first). */
  private static LocalDate limit(CollectionYear year) {
    return BankHolidays.england().minusWorkingDays(CinRuleTester.referenceDate(year), 44);
  }

  @ParameterizedTest
  @MethodSource("years")
  void anOpenAssessmentStartedTheDayBeforeTheLimitIsFlagged(CollectionYear year) {
    CinChild c = withAssessment(year, a -> a.withAuthorisationDate(Optional.empty()).withFactorTexts(List.of()).withStartDate(limit(year).minusDays(1)));
    assertThat(flagged(CODE, c, year)).containsExactly(assessment(c));
  }

  @ParameterizedTest
  @MethodSource("years")
  void anOpenAssessmentStartedOnTheLimitOrAnAuthorisedOnePasses(CollectionYear year) {
    assertThat(flagged(CODE, withAssessment(year, a -> a.withAuthorisationDate(Optional.empty()).withStartDate(limit(year))), year)).isEmpty();
    // an authorisation date written, even one that is no date, is present
    assertThat(flagged(CODE, withAssessment(year, a -> a.withAuthorisationDate(Optional.empty())
        .withUnparsed(Map.of("AssessmentAuthorisationDate", "2023-02-30"))), year)).isEmpty();
  }
}
