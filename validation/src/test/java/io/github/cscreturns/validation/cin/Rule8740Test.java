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

class Rule8740Test {
  static List<CollectionYear> years() {
    return yearsWith("8740");
  }

  private static List<CinRecord> flagged(CinChild child, CollectionYear year) {
    return CinRuleTester.flaggedByTheYearsRule("8740", child, year);
  }

  @ParameterizedTest
  @MethodSource("years")
  void anEnquiryWithoutAConferenceStartingOutsideTheCensusPeriodIsFlagged(CollectionYear year) {
    for (YesNo no : List.of(YesNo.FALSE, YesNo.FALSE_UPPER, YesNo.NO)) {
      CinChild before = withEnquiries(year, openEnquiry(day(year, -1)).withIcpcNotRequired(no));
      assertThat(flagged(before, year)).containsExactly(episodeOf(before).section47().get(0));
    }
    assertThat(flagged(withEnquiries(year, openEnquiry(CinRuleTester.referenceDate(year).plusDays(1))), year)).hasSize(1);
  }

  @ParameterizedTest
  @MethodSource("years")
  void anEnquiryStartingInThePeriodOrWithAConferenceOrNoneRequiredPasses(CollectionYear year) {
    assertThat(flagged(CinRuleTester.child(year), year)).isEmpty();
    assertThat(flagged(withEnquiries(year, openEnquiry(day(year, 0))), year)).isEmpty();
    assertThat(flagged(withEnquiries(year, openEnquiry(CinRuleTester.referenceDate(year))), year)).isEmpty();
    assertThat(flagged(withEnquiries(year, openEnquiry(day(year, -1)).withIcpcNotRequired(YesNo.TRUE)), year)).isEmpty();
    assertThat(flagged(withEnquiries(year, enquiry(day(year, -1), day(year, 5))), year)).isEmpty();
  }
}
