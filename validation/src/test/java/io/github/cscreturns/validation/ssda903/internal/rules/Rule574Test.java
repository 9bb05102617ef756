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
class Rule574Test {
  private final Rule574 rule = new Rule574();

  private static LocalDate day(CollectionYear year, int month, int dayOfMonth) {
    return LocalDate.of(month >= 4 ? year.startYear() : year.endYear(), month, dayOfMonth);
  }

  private static MissingEpisode missing(LocalDate start, LocalDate end) {
    var b = MissingEpisode.builder().type(MissingType.M).start(start);
    return end == null ? b.build() : b.end(end).build();
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2024_25", "Y2026_27"})
  void firesOnAPeriodAfterAnOpenOneOrOverlapping(CollectionYear year) {
    MissingEpisode open = missing(day(year, 6, 1), null);
    MissingEpisode later = missing(day(year, 7, 1), day(year, 7, 5));
    assertThat(flagged(rule, child(year).addMissingEpisodes(open, later).build(), year)).containsExactly(later);
    MissingEpisode first = missing(day(year, 6, 1), day(year, 6, 10));
    MissingEpisode overlapping = missing(day(year, 6, 5), day(year, 6, 20));
    assertThat(flagged(rule, child(year).addMissingEpisodes(overlapping, first).build(), year)).containsExactly(overlapping);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2024_25", "Y2026_27"})
  void silentOnSuccessivePeriods(CollectionYear year) {
    MissingEpisode first = missing(day(year, 6, 1), day(year, 6, 10));
    MissingEpisode next = missing(day(year, 6, 10), day(year, 6, 12));
    MissingEpisode open = missing(day(year, 7, 1), null);
    assertThat(flagged(rule, child(year).addMissingEpisodes(open, next, first).build(), year)).isEmpty();
  }
}
