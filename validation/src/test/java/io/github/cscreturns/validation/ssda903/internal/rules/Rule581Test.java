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
class Rule581Test {
  private final Rule581 rule = new Rule581();

  private static LocalDate day(CollectionYear year, int month, int dayOfMonth) {
    return LocalDate.of(month >= 4 ? year.startYear() : year.endYear(), month, dayOfMonth);
  }

  private static MissingEpisode missing(LocalDate start, LocalDate end) {
    var b = MissingEpisode.builder().type(MissingType.M).start(start);
    return end == null ? b.build() : b.end(end).build();
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2024_25", "Y2026_27"})
  void firesOnAStartInNoEpisode(CollectionYear year) {
    Episode first = episode(year).end(day(year, 7, 1)).reasonCeased(ReasonEpisodeCeased.E8).build();
    Episode second = episode(year).start(day(year, 8, 1)).build();
    MissingEpisode between = missing(day(year, 7, 10), day(year, 7, 11));
    MissingEpisode before = missing(day(year, 5, 1), day(year, 5, 2));
    MissingEpisode undated = MissingEpisode.builder().type(MissingType.M).build();
    assertThat(flagged(rule, child(year).episodes(List.of(first, second)).addMissingEpisodes(between, before, undated).build(), year))
        .containsExactly(between, before, undated);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2024_25", "Y2026_27"})
  void silentOnAStartWithinAnEpisode(CollectionYear year) {
    MissingEpisode within = missing(day(year, 6, 1), null);
    assertThat(flagged(rule, child(year).addMissingEpisodes(within, missing(day(year, 12, 1), day(year, 12, 2))).build(), year)).isEmpty();
    assertThat(flagged(rule, child(year).episodes(List.of()).addMissingEpisodes(missing(day(year, 5, 1), null)).build(), year)).isEmpty();
  }
}
