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
class RuleInt13Test {
  private final io.github.cscreturns.validation.ssda903.Rule rule = new RuleInt13().perChild();

  private static LocalDate day(CollectionYear year, int month, int dayOfMonth) {
    return LocalDate.of(month >= 4 ? year.startYear() : year.endYear(), month, dayOfMonth);
  }

  private static MissingEpisode missing(LocalDate start, LocalDate end) {
    var b = MissingEpisode.builder().type(MissingType.M).start(start);
    return end == null ? b.build() : b.end(end).build();
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2024_25", "Y2026_27"})
  void firesOnAnotherDob(CollectionYear year) {
    MissingEpisode m = MissingEpisode.builder().from(missing(day(year, 6, 1), null)).dob(LocalDate.of(2001, 1, 1)).build();
    assertThat(flagged(rule, child(year).addMissingEpisodes(m).build(), year)).containsExactly(m);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2024_25", "Y2026_27"})
  void silentOnTheHeadersDob(CollectionYear year) {
    assertThat(flagged(rule, child(year).addMissingEpisodes(missing(day(year, 6, 1), null)).build(), year)).isEmpty();
  }
}
