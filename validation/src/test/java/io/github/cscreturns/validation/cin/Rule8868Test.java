package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.CinEpisodeChanges.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinRecord;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import io.github.cscreturns.codesets.cin.YesNo;

class Rule8868Test {
  static List<CollectionYear> years() {
    return yearsWith("8868");
  }

  private static List<CinRecord> flagged(CinChild child, CollectionYear year) {
    return CinRuleTester.flaggedByTheYearsRule("8868", child, year);
  }

  private static CinChild closedWith(CollectionYear year, io.github.cscreturns.core.cin.Section47 enquiry) {
    return withEpisode(year, e -> e.withClosureDate(day(year, 300)).withSection47(enquiry));
  }

  @ParameterizedTest
  @MethodSource("years")
  void aClosedEpisodeWithAnEnquiryNeitherOrBothConcludedIsFlaggedWithIt(CollectionYear year) {
    CinChild open = closedWith(year, openEnquiry(day(year, 62)));
    assertThat(flagged(open, year)).containsExactly(episodeOf(open), episodeOf(open).section47().get(0));
    CinChild both = closedWith(year, enquiry(day(year, 62), day(year, 70)).withIcpcNotRequired(YesNo.TRUE));
    assertThat(flagged(both, year)).hasSize(2);
  }

  @ParameterizedTest
  @MethodSource("years")
  void aClosedEpisodeWithItsEnquiriesConcludedOrAnOpenEpisodePasses(CollectionYear year) {
    assertThat(flagged(CinRuleTester.child(year), year)).isEmpty();
    assertThat(flagged(closedWith(year, enquiry(day(year, 62), day(year, 70))), year)).isEmpty();
    assertThat(flagged(closedWith(year, openEnquiry(day(year, 62)).withIcpcNotRequired(YesNo.YES)), year)).isEmpty();
    assertThat(flagged(withEnquiries(year, openEnquiry(day(year, 62))), year)).isEmpty();
  }
}
