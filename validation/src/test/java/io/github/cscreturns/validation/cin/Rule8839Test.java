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

class Rule8839Test {
  static List<CollectionYear> years() {
    return yearsWith("8839");
  }

  private static List<CinRecord> flagged(CinChild child, CollectionYear year) {
    return CinRuleTester.flaggedByTheYearsRule("8839", child, year);
  }

  @ParameterizedTest
  @MethodSource("years")
  void twoOpenEnquiriesInOneEpisodeAreFlagged(CollectionYear year) {
    CinChild child = withEnquiries(year, openEnquiry(day(year, 40)), enquiry(day(year, 50), day(year, 60)), openEnquiry(day(year, 70)));
    var s = episodeOf(child).section47();
    assertThat(flagged(child, year)).containsExactly(s.get(0), s.get(2));
  }

  @ParameterizedTest
  @MethodSource("years")
  void oneOpenEnquiryPasses(CollectionYear year) {
    assertThat(flagged(CinRuleTester.child(year), year)).isEmpty();
    assertThat(flagged(withEnquiries(year, openEnquiry(day(year, 40)), openEnquiry(day(year, 70)).withIcpcNotRequired(YesNo.TRUE)), year)).isEmpty();
  }
}
