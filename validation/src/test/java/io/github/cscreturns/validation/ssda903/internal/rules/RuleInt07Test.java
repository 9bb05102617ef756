package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RuleInt07Test {
  private final RuleInt07 rule = new RuleInt07();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnEveryRowOfAChildWithoutAHeaderRow(CollectionYear year) {
    var first = AdoptionRecords.noPreviousPermanence().build();
    var second = AdoptionRecords.noPreviousPermanence().build();
    var orphan = child(year).headerRecorded(false).previousPermanence(List.of(first, second)).build();
    assertThat(flagged(rule, orphan, year)).containsExactly(first, second);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentOnAChildInTheHeader(CollectionYear year) {
    assertThat(flagged(rule, child(year).addPreviousPermanence(AdoptionRecords.noPreviousPermanence().build()).build(), year)).isEmpty();
  }
}
