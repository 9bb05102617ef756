package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.internal.rules.LastYearTester.flaggedAgainst;
import static io.github.cscreturns.validation.ssda903.internal.rules.LastYearTester.flaggedWithoutLastYearsRecord;
import static io.github.cscreturns.validation.ssda903.internal.rules.LastYearTester.lastYearsChild;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.MissingType;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.MissingEpisode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rule576Test {
  private final Rule576 rule = new Rule576();
  private final CollectionYear y = CollectionYear.Y2024_25;
  private final LocalDate openSince = LocalDate.of(2024, 3, 20);

  private static MissingEpisode missing(LocalDate start, LocalDate end) {
    var b = MissingEpisode.builder().type(MissingType.M);
    if (start != null) {
      b.start(start);
    }
    return end == null ? b.build() : b.end(end).build();
  }

  private Child lastYear() {
    return lastYearsChild(y).missingEpisodes(List.of(missing(LocalDate.of(2023, 9, 1), LocalDate.of(2023, 9, 2)), missing(openSince, null))).build();
  }

  @Test
  void firesWhenTheFirstPeriodThisYearIsNotLastYearsOpenOne() {
    MissingEpisode later = missing(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 3));
    MissingEpisode first = missing(LocalDate.of(2024, 4, 2), LocalDate.of(2024, 4, 3));
    Child now = child(y).missingEpisodes(List.of(later, first)).build();
    assertThat(flaggedAgainst(rule, y, now, lastYear())).containsExactly(first);
    MissingEpisode undated = missing(null, LocalDate.of(2024, 4, 3));
    assertThat(flaggedAgainst(rule, y, child(y).missingEpisodes(List.of(undated)).build(), lastYear())).containsExactly(undated);
  }

  @Test
  void silentWhenTheOpenPeriodIsCarriedOverOrNoneWasOpen() {
    MissingEpisode carried = missing(openSince, LocalDate.of(2024, 4, 3));
    MissingEpisode later = missing(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 3));
    assertThat(flaggedAgainst(rule, y, child(y).missingEpisodes(List.of(later, carried)).build(), lastYear())).isEmpty();
    Child closed = lastYearsChild(y).missingEpisodes(List.of(missing(openSince, LocalDate.of(2024, 3, 21)))).build();
    assertThat(flaggedAgainst(rule, y, child(y).missingEpisodes(List.of(later)).build(), closed)).isEmpty();
    assertThat(flaggedAgainst(rule, y, child(y).build(), lastYear())).isEmpty();
    assertThat(flaggedWithoutLastYearsRecord(rule, y, child(y).missingEpisodes(List.of(later)).build())).isEmpty();
  }
}
