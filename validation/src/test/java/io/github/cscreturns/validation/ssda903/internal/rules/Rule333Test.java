package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Rule333Test {
  private final Rule333 rule = new Rule333();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnADecisionAfterTheMatchOrNoDecisionDate(CollectionYear year) {
    LocalDate match = LocalDate.of(year.startYear(), 9, 1);
    var late = AdoptionRecords.adoption(year).matchedDate(match).decisionDate(match.plusDays(1)).build();
    var blank = AdoptionRecords.adoption(year).decisionDate(Optional.empty()).build();
    var invalid = blank.withUnparsed(Map.of("DATE_INT", "32/01/2020"));
    assertThat(flagged(rule, child(year).addAdoptions(late, blank, invalid).build(), year)).containsExactly(late, blank, invalid);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentOnADecisionOnOrBeforeTheMatchOrNoMatch(CollectionYear year) {
    LocalDate match = LocalDate.of(year.startYear(), 9, 1);
    var sameDay = AdoptionRecords.adoption(year).matchedDate(match).decisionDate(match).build();
    var noMatch = AdoptionRecords.adoption(year).matchedDate(Optional.empty()).decisionDate(Optional.empty()).build();
    assertThat(flagged(rule, child(year).addAdoptions(AdoptionRecords.adoption(year).build(), sameDay, noMatch).build(), year)).isEmpty();
  }
}
