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
    // the row's own DOB, where it differs from the Header's, is the one compared
    var rowDob = AdoptionRecords.placed(year).decisionDate(c.dob().get().minusDays(1)).dob(c.dob().get().minusYears(1)).build();
    assertThat(flagged(rule, child(year).addPlacedForAdoption(rowDob).build(), year)).isEmpty();
    var undecided = AdoptionRecords.placed(year).decisionDate(Optional.empty()).build();
    assertThat(flagged(rule, child(year).dob(Optional.empty()).addPlacedForAdoption(undecided).build(), year)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesWhereTheDobIsNotADate(CollectionYear year) {
    var c = child(year).build();
    var p = AdoptionRecords.placed(year).decisionDate(c.dob().get()).build();
    assertThat(flagged(rule, child(year).dob(Optional.empty()).addPlacedForAdoption(p).build(), year)).containsExactly(p);
    var text = AdoptionRecords.placed(year).decisionDate(c.dob().get()).putUnparsed("DOB", "31/02/2015").build();
    assertThat(flagged(rule, child(year).addPlacedForAdoption(text).build(), year)).containsExactly(text);
    var later = AdoptionRecords.placed(year).decisionDate(c.dob().get()).dob(c.dob().get().plusDays(1)).build();
    assertThat(flagged(rule, child(year).addPlacedForAdoption(later).build(), year)).containsExactly(later);
    // a CSV row that left its repeated DOB blank has none of its own
    var blank = AdoptionRecords.placed(year).decisionDate(c.dob().get()).putAsWritten("DOB", "").build();
    assertThat(flagged(rule, child(year).addPlacedForAdoption(blank).build(), year)).containsExactly(blank);
  }
}
