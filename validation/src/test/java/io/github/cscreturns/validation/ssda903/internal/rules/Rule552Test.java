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

class Rule552Test {
  private final Rule552 rule = new Rule552();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnALatestDecisionAfterTheFirstPlacementForAdoption(CollectionYear year) {
    var a4 = episode(year).start(LocalDate.of(year.startYear(), 8, 1)).reasonNewEpisode(ReasonNewEpisode.P)
        .placement(Placement.builder().type(PlacementType.A4).provider(PlacementProvider.PR1).postcode(io.github.cscreturns.core.Postcode.of("BN1 1AA")).build()).build();
    var early = AdoptionRecords.placed(year).build();
    var late = AdoptionRecords.placed(year).decisionDate(LocalDate.of(year.startYear(), 8, 2)).build();
    assertThat(flagged(rule, child(year).addEpisodes(a4).addPlacedForAdoption(early, late).build(), year)).containsExactly(a4, late);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentOnADecisionOnOrBeforeThePlacement(CollectionYear year) {
    var a4 = episode(year).start(LocalDate.of(year.startYear(), 8, 1)).reasonNewEpisode(ReasonNewEpisode.P)
        .placement(Placement.builder().type(PlacementType.A4).provider(PlacementProvider.PR1).postcode(io.github.cscreturns.core.Postcode.of("BN1 1AA")).build()).build();
    var sameDay = AdoptionRecords.placed(year).decisionDate(LocalDate.of(year.startYear(), 8, 1)).build();
    assertThat(flagged(rule, child(year).addEpisodes(a4).addPlacedForAdoption(sameDay).build(), year)).isEmpty();
    assertThat(flagged(rule, child(year).addPlacedForAdoption(AdoptionRecords.placed(year).decisionDate(LocalDate.of(year.startYear(), 9, 1)).build()).build(), year)).isEmpty();
  }
}
