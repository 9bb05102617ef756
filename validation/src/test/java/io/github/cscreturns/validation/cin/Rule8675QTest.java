package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.CinEpisodeChanges.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinRecord;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import io.github.cscreturns.codesets.cin.YesNo;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class Rule8675QTest {
  static List<CollectionYear> years() {
    return yearsWith("8675Q");
  }

  private static List<CinRecord> flagged(CinChild child, CollectionYear year) {
    return CinRuleTester.flaggedByTheYearsRule("8675Q", child, year);
  }

  /** The earliest start date that passes: the reference date less 14 working days. */
  private static LocalDate limit(CollectionYear year) {
    return BankHolidays.england().minusWorkingDays(CinRuleTester.referenceDate(year), 14);
  }

  @ParameterizedTest
  @MethodSource("years")
  void anEnquiryWithoutAConferenceStartingBeforeTheLimitIsFlagged(CollectionYear year) {
    for (YesNo no : List.of(YesNo.FALSE, YesNo.FALSE_UPPER, YesNo.NO)) {
      CinChild child = withEnquiries(year, openEnquiry(limit(year).minusDays(1)).withIcpcNotRequired(no));
      assertThat(flagged(child, year)).containsExactly(episodeOf(child).section47().get(0));
    }
    assertThat(flagged(withEnquiries(year, openEnquiry(day(year, 10))), year)).hasSize(1);
  }

  @ParameterizedTest
  @MethodSource("years")
  void aLateStartAConferenceOrNoConferenceRequiredPasses(CollectionYear year) {
    assertThat(flagged(CinRuleTester.child(year), year)).isEmpty();
    assertThat(flagged(withEnquiries(year, openEnquiry(limit(year))), year)).isEmpty();
    assertThat(flagged(withEnquiries(year, openEnquiry(day(year, 10)).withIcpcNotRequired(YesNo.TRUE)), year)).isEmpty();
  }

  @Test
  void theFifteenWorkingDaysEndOnTheReferenceDate() {
    // 31 March 2023 is a Friday, the 1st of the 15; the 15th is Monday 13 March
    assertThat(limit(CollectionYear.Y2022_23)).isEqualTo(LocalDate.of(2023, 3, 13));
    // 31 March 2024 is a Sunday: 14 working days back, leaving out Good Friday, is Monday 11 March
    assertThat(limit(CollectionYear.Y2023_24)).isEqualTo(LocalDate.of(2024, 3, 11));
  }
}
