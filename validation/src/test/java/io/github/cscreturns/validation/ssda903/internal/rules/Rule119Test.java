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

class Rule119Test {
  private final Rule119 rule = new Rule119();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnADateWithoutAReasonOrAReasonWithoutADate(CollectionYear year) {
    var noReason = AdoptionRecords.placed(year).ceasedDate(LocalDate.of(year.startYear(), 12, 1)).build();
    var noDate = AdoptionRecords.placed(year).reasonCeased(ReasonPlacedForAdoptionCeased.RD1).build();
    var badDate = noDate.withUnparsed(Map.of("DATE_PLACED_CEASED", "xx")).withReasonCeased(Optional.empty());
    assertThat(flagged(rule, child(year).addPlacedForAdoption(noReason, noDate, badDate).build(), year)).containsExactly(noReason, noDate, badDate);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentOnBothOrNeither(CollectionYear year) {
    var both = AdoptionRecords.placed(year).ceasedDate(LocalDate.of(year.startYear(), 12, 1)).reasonCeased(ReasonPlacedForAdoptionCeased.RD2).build();
    assertThat(flagged(rule, child(year).addPlacedForAdoption(both, AdoptionRecords.placed(year).build()).build(), year)).isEmpty();
  }
}
