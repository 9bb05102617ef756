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

class Rule8890Test {
  static List<CollectionYear> years() {
    return yearsWith("8890");
  }

  private static List<CinRecord> flagged(CinChild child, CollectionYear year) {
    return CinRuleTester.flaggedByTheYearsRule("8890", child, year);
  }

  @ParameterizedTest
  @MethodSource("years")
  void anEnquiryStartingWithinAnotherIsFlaggedWithIt(CollectionYear year) {
    for (int start : new int[] {62, 70, 80}) {
      CinChild child = withEnquiries(year, enquiry(day(year, 62), day(year, 80)), enquiry(day(year, start), day(year, 90)));
      assertThat(flagged(child, year)).containsExactlyInAnyOrderElementsOf(episodeOf(child).section47());
    }
    // an enquiry with no conference and one required runs to the reference date
    CinChild open = withEnquiries(year, openEnquiry(day(year, 62)), enquiry(CinRuleTester.referenceDate(year), CinRuleTester.referenceDate(year)));
    assertThat(flagged(open, year)).hasSize(2);
  }

  @ParameterizedTest
  @MethodSource("years")
  void enquiriesOneAfterTheOtherOrAfterOneNeedingNoConferencePass(CollectionYear year) {
    assertThat(flagged(CinRuleTester.child(year), year)).isEmpty();
    assertThat(flagged(withEnquiries(year, enquiry(day(year, 62), day(year, 80)), enquiry(day(year, 81), day(year, 90))), year)).isEmpty();
    assertThat(flagged(withEnquiries(year, openEnquiry(day(year, 62)).withIcpcNotRequired(YesNo.TRUE), enquiry(day(year, 81), day(year, 90))), year)).isEmpty();
  }
}
