package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.CinEpisodeChanges.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinRecord;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Rule1104Test {
  static List<CollectionYear> years() {
    return yearsWith("1104");
  }

  private static List<CinRecord> flagged(CinChild child, CollectionYear year) {
    return CinRuleTester.flaggedByTheYearsRule("1104", child, year);
  }

  @ParameterizedTest
  @MethodSource("years")
  void aConferenceBeforeTheReferralIsFlaggedWithTheEpisode(CollectionYear year) {
    CinChild child = withEnquiry(year, s -> s.withDateOfInitialCpc(day(year, 29)));
    assertThat(flagged(child, year)).containsExactly(episodeOf(child), episodeOf(child).section47().get(0));
  }

  @ParameterizedTest
  @MethodSource("years")
  void aConferenceOnOrAfterTheReferralPasses(CollectionYear year) {
    assertThat(flagged(CinRuleTester.child(year), year)).isEmpty();
    assertThat(flagged(withEnquiry(year, s -> s.withDateOfInitialCpc(day(year, 30))), year)).isEmpty();
  }
}
