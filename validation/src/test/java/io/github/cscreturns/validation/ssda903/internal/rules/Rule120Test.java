package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.*;
import io.github.cscreturns.core.ssda903.Child;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Rule120Test {
  private final Rule120 rule = new Rule120();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2024_25", "Y2026_27"})
  void firesOnTextThatIsNoCode(CollectionYear year) {
    var bad = AdoptionRecords.placed(year).ceasedDate(java.time.LocalDate.of(year.startYear(), 12, 1)).reasonCeased(Optional.empty()).putUnparsed("REASON_PLACED_CEASED", "RD5").build();
    var good = AdoptionRecords.placed(year).ceasedDate(java.time.LocalDate.of(year.startYear(), 12, 1)).reasonCeased(ReasonPlacedForAdoptionCeased.RD1).build();
    Child c = child(year).addPlacedForAdoption(bad).addPlacedForAdoption(good).build();
    assertThat(flagged(rule, c, year)).containsExactly(bad);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2024_25", "Y2026_27"})
  void silentOnEveryCodeOfTheYearAndABlank(CollectionYear year) {
    for (var code : ReasonPlacedForAdoptionCeased.CODESET.validCodes(year)) {
      assertThat(flagged(rule, child(year).addPlacedForAdoption(AdoptionRecords.placed(year).ceasedDate(java.time.LocalDate.of(year.startYear(), 12, 1)).reasonCeased(code).build()).build(), year)).isEmpty();
    }
    assertThat(flagged(rule, child(year).addPlacedForAdoption(AdoptionRecords.placed(year).ceasedDate(java.time.LocalDate.of(year.startYear(), 12, 1)).reasonCeased(Optional.empty()).build()).build(), year)).isEmpty();
  }
}
