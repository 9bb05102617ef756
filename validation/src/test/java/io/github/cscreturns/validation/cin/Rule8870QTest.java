package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.CinEpisodeChanges.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinRecord;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import java.time.DayOfWeek;
import java.time.LocalDate;

class Rule8870QTest {
  static List<CollectionYear> years() {
    return yearsWith("8870Q");
  }

  private static List<CinRecord> flagged(CinChild child, CollectionYear year) {
    return CinRuleTester.flaggedByTheYearsRule("8870Q", child, year);
  }

  private static LocalDate next(CollectionYear year, DayOfWeek day) {
    LocalDate d = day(year, 76);
    while (d.getDayOfWeek() != day) {
      d = d.plusDays(1);
    }
    return d;
  }

  @ParameterizedTest
  @MethodSource("years")
  void aTargetOnASaturdayOrSundayIsFlagged(CollectionYear year) {
    for (DayOfWeek weekend : List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)) {
      CinChild child = withEnquiry(year, s -> s.withInitialCpcTarget(next(year, weekend)));
      assertThat(flagged(child, year)).containsExactly(episodeOf(child).section47().get(0));
    }
  }

  @ParameterizedTest
  @MethodSource("years")
  void aTargetOnAWeekdayPasses(CollectionYear year) {
    assertThat(flagged(CinRuleTester.child(year), year)).isEmpty();
    assertThat(flagged(withEnquiry(year, s -> s.withInitialCpcTarget(next(year, DayOfWeek.FRIDAY))), year)).isEmpty();
    assertThat(flagged(withEnquiry(year, s -> s.withInitialCpcTarget(next(year, DayOfWeek.MONDAY))), year)).isEmpty();
  }
}
