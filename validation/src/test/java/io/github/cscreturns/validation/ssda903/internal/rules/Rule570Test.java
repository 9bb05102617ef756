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
class Rule570Test {
  private final Rule570 rule = new Rule570();

  private static LocalDate day(CollectionYear year, int month, int dayOfMonth) {
    return LocalDate.of(month >= 4 ? year.startYear() : year.endYear(), month, dayOfMonth);
  }

  private static MissingEpisode missing(LocalDate start, LocalDate end) {
    var b = MissingEpisode.builder().type(MissingType.M).start(start);
    return end == null ? b.build() : b.end(end).build();
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2024_25", "Y2026_27"})
  void firesOnAStartAfterTheYear(CollectionYear year) {
    MissingEpisode m = missing(year.ssda903End().plusDays(1), null);
    assertThat(flagged(rule, child(year).addMissingEpisodes(m).build(), year)).containsExactly(m);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2024_25", "Y2026_27"})
  void silentOnAStartUpTo31March(CollectionYear year) {
    assertThat(flagged(rule, child(year).addMissingEpisodes(missing(year.ssda903End(), null), missing(day(year, 4, 1).minusYears(3), null)).build(), year)).isEmpty();
  }
}
