package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.episode;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.MissingType;
import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.MissingEpisode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@SuppressWarnings("unused")
class Rule577Test {
  private final Rule577 rule = new Rule577();

  private static LocalDate day(CollectionYear year, int month, int dayOfMonth) {
    return LocalDate.of(month >= 4 ? year.startYear() : year.endYear(), month, dayOfMonth);
  }

  private static MissingEpisode missing(LocalDate start, LocalDate end) {
    var b = MissingEpisode.builder().type(MissingType.M).start(start);
    return end == null ? b.build() : b.end(end).build();
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2024_25", "Y2026_27"})
  void firesOnAnOpenPeriodAfterCareEndedOrOneEndingOutsideCare(CollectionYear year) {
    Episode ceased = episode(year).end(day(year, 9, 1)).reasonCeased(ReasonEpisodeCeased.E8).build();
    MissingEpisode open = missing(day(year, 8, 1), null);
    MissingEpisode endsAfter = missing(day(year, 8, 20), day(year, 9, 5));
    MissingEpisode within = missing(day(year, 8, 20), day(year, 8, 25));
    assertThat(flagged(rule, child(year).episodes(List.of(ceased)).addMissingEpisodes(open, endsAfter, within).build(), year)).containsExactly(open, endsAfter);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2024_25", "Y2026_27"})
  void silentOnPeriodsWithinCare(CollectionYear year) {
    MissingEpisode open = missing(day(year, 8, 1), null);
    MissingEpisode ended = missing(day(year, 7, 1), day(year, 7, 3));
    assertThat(flagged(rule, child(year).addMissingEpisodes(open, ended).build(), year)).isEmpty();
  }
}
