package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ssda903.Child;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Rule116Test {
  private final Rule116 rule = new Rule116();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnTextThatIsNotADate(CollectionYear year) {
    var bad = AdoptionRecords.placed(year).ceasedDate(Optional.empty()).putUnparsed("DATE_PLACED_CEASED", "31/02/2023").build();
    var good = AdoptionRecords.placed(year).build();
    Child c = child(year).addPlacedForAdoption(bad).addPlacedForAdoption(good).build();
    assertThat(flagged(rule, c, year)).containsExactly(bad);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentOnADateOrABlank(CollectionYear year) {
    var ceased = AdoptionRecords.placed(year).ceasedDate(java.time.LocalDate.of(year.startYear(), 12, 1)).build();
    assertThat(flagged(rule, child(year).addPlacedForAdoption(ceased).build(), year)).isEmpty();
    assertThat(flagged(rule, child(year).addPlacedForAdoption(AdoptionRecords.placed(year).build()).build(), year)).isEmpty();
    assertThat(flagged(rule, child(year).addPlacedForAdoption(AdoptionRecords.placed(year).ceasedDate(Optional.empty()).build()).build(), year)).isEmpty();
  }
}
