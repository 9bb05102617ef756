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

class Rule558Test {
  private final Rule558 rule = new Rule558();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnAnAdoptionWhoseDecisionsAllCeased(CollectionYear year) {
    var adopted = episode(year).end(LocalDate.of(year.startYear(), 12, 1)).reasonCeased(ReasonEpisodeCeased.E11).build();
    var ceased = AdoptionRecords.placed(year).ceasedDate(LocalDate.of(year.startYear(), 11, 1)).reasonCeased(ReasonPlacedForAdoptionCeased.RD1).build();
    assertThat(flagged(rule, child(year).episodes(List.of(adopted)).addPlacedForAdoption(ceased).build(), year)).containsExactly(adopted);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentOnAnAdoptionWithAnOpenDecision(CollectionYear year) {
    var adopted = episode(year).end(LocalDate.of(year.startYear(), 12, 1)).reasonCeased(ReasonEpisodeCeased.E12).build();
    var ceased = AdoptionRecords.placed(year).ceasedDate(LocalDate.of(year.startYear(), 8, 1)).reasonCeased(ReasonPlacedForAdoptionCeased.RD1).build();
    var open = AdoptionRecords.placed(year).decisionDate(LocalDate.of(year.startYear(), 9, 1)).build();
    assertThat(flagged(rule, child(year).episodes(List.of(adopted)).addPlacedForAdoption(ceased, open).build(), year)).isEmpty();
    assertThat(flagged(rule, child(year).episodes(List.of(adopted)).build(), year)).isEmpty();
  }
}
