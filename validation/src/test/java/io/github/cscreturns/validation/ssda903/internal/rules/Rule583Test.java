package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.episode;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.*;
import io.github.cscreturns.core.ssda903.*;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Rule583Test {
  private final Rule583 rule = new Rule583();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnAnEarlierDecisionNotRevoked(CollectionYear year) {
    int y = year.startYear();
    var earlierOpen = AdoptionRecords.placed(year).decisionDate(LocalDate.of(y, 4, 10)).build();
    var later = AdoptionRecords.placed(year).decisionDate(LocalDate.of(y, 9, 1)).ceasedDate(LocalDate.of(y, 10, 1)).build();
    assertThat(flagged(rule, child(year).addPlacedForAdoption(earlierOpen, later).build(), year)).containsExactly(earlierOpen);
    var alsoOpen = AdoptionRecords.placed(year).decisionDate(LocalDate.of(y, 9, 1)).build();
    // two open decisions: the earlier is reported; of two open on the same latest date, the second read
    assertThat(flagged(rule, child(year).addPlacedForAdoption(alsoOpen, earlierOpen).build(), year)).containsExactly(earlierOpen);
    var sameDayOpen = AdoptionRecords.placed(year).decisionDate(LocalDate.of(y, 9, 1)).build();
    assertThat(flagged(rule, child(year).addPlacedForAdoption(alsoOpen, sameDayOpen).build(), year)).containsExactly(sameDayOpen);
    // 18 July is earlier than 16 September, whatever the text says
    var july = AdoptionRecords.placed(year).decisionDate(LocalDate.of(y, 7, 18)).build();
    var september = AdoptionRecords.placed(year).decisionDate(LocalDate.of(y, 9, 16)).ceasedDate(LocalDate.of(y, 10, 1)).build();
    assertThat(flagged(rule, child(year).addPlacedForAdoption(july, september).build(), year)).containsExactly(july);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentWhenOnlyTheLatestIsOpen(CollectionYear year) {
    int y = year.startYear();
    var earlier = AdoptionRecords.placed(year).decisionDate(LocalDate.of(y, 4, 10)).ceasedDate(LocalDate.of(y, 6, 1)).build();
    var latestOpen = AdoptionRecords.placed(year).decisionDate(LocalDate.of(y, 9, 1)).build();
    assertThat(flagged(rule, child(year).addPlacedForAdoption(latestOpen, earlier).build(), year)).isEmpty();
    assertThat(flagged(rule, child(year).addPlacedForAdoption(latestOpen).build(), year)).isEmpty();
    var julyCeased = AdoptionRecords.placed(year).decisionDate(LocalDate.of(y, 7, 18)).ceasedDate(LocalDate.of(y, 8, 1)).build();
    var septemberOpen = AdoptionRecords.placed(year).decisionDate(LocalDate.of(y, 9, 16)).build();
    assertThat(flagged(rule, child(year).addPlacedForAdoption(julyCeased, septemberOpen).build(), year)).isEmpty();
  }
}
