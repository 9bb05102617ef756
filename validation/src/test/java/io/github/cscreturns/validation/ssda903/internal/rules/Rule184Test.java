package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.episode;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.*;
import io.github.cscreturns.core.LaCode;
import io.github.cscreturns.core.ssda903.*;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Rule184Test {
  private final Rule184 rule = new Rule184();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnADecisionBeforeBirth(CollectionYear year) {
    var c = child(year).build();
    var p = AdoptionRecords.placed(year).decisionDate(c.dob().get().minusDays(1)).build();
    assertThat(flagged(rule, child(year).addPlacedForAdoption(p).build(), year)).containsExactly(p);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentOnADecisionOnOrAfterBirthOrAnUnknownBirth(CollectionYear year) {
    var c = child(year).build();
    var p = AdoptionRecords.placed(year).decisionDate(c.dob().get()).build();
    assertThat(flagged(rule, child(year).addPlacedForAdoption(p).build(), year)).isEmpty();
    var early = AdoptionRecords.placed(year).decisionDate(c.dob().get().minusDays(1)).build();
    assertThat(flagged(rule, child(year).dob(Optional.empty()).addPlacedForAdoption(early).build(), year)).isEmpty();
  }
}
