package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.CinEpisodeChanges.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinRecord;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Rule2884Test {
  static List<CollectionYear> years() {
    return yearsWith("2884");
  }

  private static List<CinRecord> flagged(CinChild child, CollectionYear year) {
    return CinRuleTester.flaggedByTheYearsRule("2884", child, year);
  }

  @ParameterizedTest
  @MethodSource("years")
  void aConferenceRecordedOnTheEpisodeAndTheEnquiryIsFlaggedOnBoth(CollectionYear year) {
    CinChild child = withEpisode(year, e -> e.withDateOfInitialCpc(e.section47().get(0).dateOfInitialCpc().orElseThrow()));
    assertThat(flagged(child, year)).containsExactly(episodeOf(child), episodeOf(child).section47().get(0));
  }

  @ParameterizedTest
  @MethodSource("years")
  void aConferenceRecordedOnceOrTwoConferencesPass(CollectionYear year) {
    assertThat(flagged(CinRuleTester.child(year), year)).isEmpty();
    assertThat(flagged(withEpisode(year, e -> e.withDateOfInitialCpc(day(year, 10))), year)).isEmpty();
  }
}
