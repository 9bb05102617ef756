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

class Rule521Test {
  private final Rule521 rule = new Rule521();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnADecisionAfterThePlacementForAdoption(CollectionYear year) {
    var a4 = episode(year).placement(Placement.builder().type(PlacementType.A4).provider(PlacementProvider.PR1).postcode(io.github.cscreturns.core.Postcode.of("BN1 1AA")).build())
        .start(LocalDate.of(year.startYear(), 10, 1)).reasonNewEpisode(ReasonNewEpisode.P).end(LocalDate.of(year.startYear(), 12, 1)).reasonCeased(ReasonEpisodeCeased.E11).build();
    var late = AdoptionRecords.adoption(year).decisionDate(LocalDate.of(year.startYear(), 10, 2)).matchedDate(LocalDate.of(year.startYear(), 10, 2)).build();
    assertThat(flagged(rule, child(year).episodes(List.of(a4)).addAdoptions(late).build(), year)).containsExactly(a4, late);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentOnADecisionOnOrBeforeThePlacement(CollectionYear year) {
    var a4 = episode(year).placement(Placement.builder().type(PlacementType.A4).provider(PlacementProvider.PR1).postcode(io.github.cscreturns.core.Postcode.of("BN1 1AA")).build())
        .start(LocalDate.of(year.startYear(), 10, 1)).reasonNewEpisode(ReasonNewEpisode.P).end(LocalDate.of(year.startYear(), 12, 1)).reasonCeased(ReasonEpisodeCeased.E11).build();
    var sameDay = AdoptionRecords.adoption(year).decisionDate(LocalDate.of(year.startYear(), 10, 1)).build();
    assertThat(flagged(rule, child(year).episodes(List.of(a4)).addAdoptions(sameDay).build(), year)).isEmpty();
  }
}
