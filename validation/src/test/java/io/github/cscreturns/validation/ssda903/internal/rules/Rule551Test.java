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

class Rule551Test {
  private final Rule551 rule = new Rule551();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnAPlacementForAdoptionWithoutADecisionDate(CollectionYear year) {
    var a4 = episode(year).start(LocalDate.of(year.startYear(), 8, 1)).reasonNewEpisode(ReasonNewEpisode.P)
        .placement(Placement.builder().type(PlacementType.A4).provider(PlacementProvider.PR1).postcode(io.github.cscreturns.core.Postcode.of("BN1 1AA")).build()).build();
    assertThat(flagged(rule, child(year).episodes(List.of(episode(year).build(), a4)).build(), year)).containsExactly(a4);
    var undated = PlacedForAdoption.builder().build();
    assertThat(flagged(rule, child(year).episodes(List.of(a4)).addPlacedForAdoption(undated).build(), year)).containsExactly(a4);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentWithADecisionDateOrNoPlacementForAdoption(CollectionYear year) {
    var a4 = episode(year).start(LocalDate.of(year.startYear(), 8, 1)).reasonNewEpisode(ReasonNewEpisode.P)
        .placement(Placement.builder().type(PlacementType.A4).provider(PlacementProvider.PR1).postcode(io.github.cscreturns.core.Postcode.of("BN1 1AA")).build()).build();
    assertThat(flagged(rule, child(year).episodes(List.of(a4)).addPlacedForAdoption(AdoptionRecords.placed(year).build()).build(), year)).isEmpty();
    assertThat(flagged(rule, child(year).build(), year)).isEmpty();
  }
}
