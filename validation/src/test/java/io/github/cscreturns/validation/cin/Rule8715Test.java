package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.CinEpisodeChanges.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinRecord;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Rule8715Test {
  static List<CollectionYear> years() {
    return yearsWith("8715");
  }

  private static List<CinRecord> flagged(CinChild child, CollectionYear year) {
    return CinRuleTester.flaggedByTheYearsRule("8715", child, year);
  }

  @ParameterizedTest
  @MethodSource("years")
  void aConferenceOutsideTheCensusPeriodIsFlagged(CollectionYear year) {
    CinChild after = withEnquiry(year, s -> s.withDateOfInitialCpc(CinRuleTester.referenceDate(year).plusDays(1)));
    assertThat(flagged(after, year)).containsExactly(episodeOf(after).section47().get(0));
    assertThat(flagged(withEnquiry(year, s -> s.withDateOfInitialCpc(day(year, -1))), year)).hasSize(1);
  }

  @ParameterizedTest
  @MethodSource("years")
  void aConferenceOnEitherEndOfTheCensusPeriodPasses(CollectionYear year) {
    assertThat(flagged(CinRuleTester.child(year), year)).isEmpty();
    assertThat(flagged(withEnquiry(year, s -> s.withDateOfInitialCpc(CinRuleTester.referenceDate(year))), year)).isEmpty();
    assertThat(flagged(withEnquiry(year, s -> s.withDateOfInitialCpc(day(year, 0))), year)).isEmpty();
  }
}
