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

class Rule523Test {
  private final Rule523 rule = new Rule523();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnDecisionDatesThatDiffer(CollectionYear year) {
    var p = AdoptionRecords.placed(year).decisionDate(LocalDate.of(year.startYear(), 7, 2)).build();
    var a = AdoptionRecords.adoption(year).build();
    assertThat(flagged(rule, child(year).addPlacedForAdoption(p).addAdoptions(a).build(), year)).containsExactly(p, a);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentOnTheSameDateOrABlankOne(CollectionYear year) {
    var a = AdoptionRecords.adoption(year).build();
    assertThat(flagged(rule, child(year).addPlacedForAdoption(AdoptionRecords.placed(year).build()).addAdoptions(a).build(), year)).isEmpty();
    assertThat(flagged(rule, child(year).addPlacedForAdoption(PlacedForAdoption.builder().build()).addAdoptions(a).build(), year)).isEmpty();
  }
}
