package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.CinEpisodeChanges.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinRecord;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Rule8615Test {
  static List<CollectionYear> years() {
    return yearsWith("8615");
  }

  private static List<CinRecord> flagged(CinChild child, CollectionYear year) {
    return CinRuleTester.flaggedByTheYearsRule("8615", child, year);
  }

  @ParameterizedTest
  @MethodSource("years")
  void anEnquiryStartingAfterItsConferenceOrWithNoStartIsFlagged(CollectionYear year) {
    CinChild child = withEnquiry(year, s -> s.withStartDate(s.dateOfInitialCpc().orElseThrow().plusDays(1)));
    assertThat(flagged(child, year)).containsExactly(episodeOf(child).section47().get(0));
    assertThat(flagged(withEnquiry(year, s -> s.withStartDate(java.util.Optional.empty())), year)).hasSize(1);
  }

  @ParameterizedTest
  @MethodSource("years")
  void anEnquiryStartingOnOrBeforeItsConferenceOrWithNoConferencePasses(CollectionYear year) {
    assertThat(flagged(CinRuleTester.child(year), year)).isEmpty();
    assertThat(flagged(withEnquiry(year, s -> s.withStartDate(s.dateOfInitialCpc())), year)).isEmpty();
    assertThat(flagged(withEnquiries(year, openEnquiry(day(year, 300))), year)).isEmpty();
  }
}
