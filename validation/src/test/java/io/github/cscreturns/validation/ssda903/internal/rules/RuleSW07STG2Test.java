package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.episode;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.LegalStatus;
import io.github.cscreturns.codesets.ssda903.SocialWorkerChangeReason;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.SocialWorkerEpisode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@SuppressWarnings("unused")
class RuleSW07STG2Test {
  private final RuleSW07STG2 rule = new RuleSW07STG2(RuleSW07STG2.REPORTING_PERIOD_FROM_PREVIOUS_YEAR);

  private static LocalDate day(CollectionYear year, int month, int dayOfMonth) {
    return LocalDate.of(month >= 4 ? year.startYear() : year.endYear(), month, dayOfMonth);
  }

  /** A complete episode of social worker SW1 from {@code start}, ended where {@code end} is given. */
  private static SocialWorkerEpisode sw(LocalDate start, LocalDate end) {
    var b = SocialWorkerEpisode.builder().socialWorkerId("SW1").start(start).reasonEnded(SocialWorkerChangeReason.MANAGE);
    return end == null ? b.build() : b.end(end).build();
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2024_25", "Y2026_27"})
  void firesOnAnEndOutsideTheReportingPeriod(CollectionYear year) {
    SocialWorkerEpisode tooEarly = sw(LocalDate.of(year.startYear() - 3, 1, 1), year.ssda903Start().minusYears(1).minusDays(1));
    SocialWorkerEpisode tooLate = sw(day(year, 5, 1), year.ssda903End().plusDays(1));
    assertThat(flagged(rule, child(year).socialWorkerEpisodes(List.of()).addSocialWorkerEpisodes(tooEarly, tooLate).build(), year)).containsExactly(tooEarly, tooLate);
    SocialWorkerEpisode lastYear = sw(LocalDate.of(year.startYear() - 3, 1, 1), year.ssda903Start().minusDays(1));
    RuleSW07STG2 collectionYearOnly = new RuleSW07STG2(RuleSW07STG2.REPORTING_PERIOD_IS_COLLECTION_YEAR);
    assertThat(flagged(collectionYearOnly, child(year).socialWorkerEpisodes(List.of()).addSocialWorkerEpisodes(lastYear).build(), year)).containsExactly(lastYear);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2024_25", "Y2026_27"})
  void silentOnAnEndWithinThePeriodOrNone(CollectionYear year) {
    SocialWorkerEpisode lastYear = sw(LocalDate.of(year.startYear() - 3, 1, 1), year.ssda903Start().minusYears(1));
    assertThat(flagged(rule, child(year).socialWorkerEpisodes(List.of()).addSocialWorkerEpisodes(lastYear, sw(day(year, 5, 1), year.ssda903End()), sw(day(year, 5, 1), null)).build(), year)).isEmpty();
  }
}
