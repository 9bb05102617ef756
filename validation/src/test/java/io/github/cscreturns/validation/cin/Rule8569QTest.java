package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.EpisodeCases.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.CinChild;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import io.github.cscreturns.codesets.cin.YesNo;
import java.time.LocalDate;
import java.util.Optional;

class Rule8569QTest {
  private static final String CODE = "8569Q";

  static List<CollectionYear> years() {
    return yearsWith(CODE);
  }

  @ParameterizedTest
  @MethodSource("years")
  void theBaselineChildPasses(CollectionYear year) {
    assertThat(flagged(CODE, CinRuleTester.child(year), year)).isEmpty();
  }

  /** The working day before the year's 1 April. */
  private static LocalDate limit(CollectionYear year) {
    return BankHolidays.england().minusWorkingDays(CinRuleTester.start(year), 1);
  }

  @ParameterizedTest
  @MethodSource("years")
  void aNoFurtherActionReferralTheDayBeforeTheLimitIsFlagged(CollectionYear year) {
    LocalDate before = limit(year).minusDays(1);
    CinChild c = withEpisode(year, e -> e.withReferralDate(before).withReferralNfa(YesNo.TRUE));
    assertThat(flagged(CODE, c, year)).containsExactly(episode(c));
    CinChild missingFlag = withEpisode(year, e -> e.withReferralDate(before).withReferralNfa(Optional.empty()));
    assertThat(flagged(CODE, missingFlag, year)).containsExactly(episode(missingFlag));
  }

  @ParameterizedTest
  @MethodSource("years")
  void aNoFurtherActionReferralOnTheWorkingDayBefore1AprilPasses(CollectionYear year) {
    assertThat(flagged(CODE, withEpisode(year, e -> e.withReferralDate(limit(year)).withReferralNfa(YesNo.YES)), year)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("years")
  void anEarlierReferralThatLedToFurtherActionPasses(CollectionYear year) {
    LocalDate early = limit(year).minusYears(1);
    assertThat(flagged(CODE, withEpisode(year, e -> e.withReferralDate(early).withReferralNfa(YesNo.FALSE)), year)).isEmpty();
    assertThat(flagged(CODE, withEpisode(year, e -> e.withReferralDate(early).withReferralNfa(YesNo.NO)), year)).isEmpty();
  }
}
