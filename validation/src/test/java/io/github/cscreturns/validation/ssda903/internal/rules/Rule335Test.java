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

class Rule335Test {
  private final Rule335 rule = new Rule335();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnFosterCarerFlagsContradictingThePlacement(CollectionYear year) {
    var a4 = episode(year).placement(Placement.builder().type(PlacementType.A4).provider(PlacementProvider.PR1).postcode(io.github.cscreturns.core.Postcode.of("BN1 1AA")).build())
        .start(LocalDate.of(year.startYear(), 10, 1)).reasonNewEpisode(ReasonNewEpisode.P).end(LocalDate.of(year.startYear(), 12, 1)).reasonCeased(ReasonEpisodeCeased.E11).build();
    var byFosterCarers = AdoptionRecords.adoption(year).adoptedByFosterCarer(AdoptedByFosterCarer.YES).build();
    assertThat(flagged(rule, child(year).episodes(List.of(a4)).addAdoptions(byFosterCarers).build(), year)).containsExactly(a4, byFosterCarers);
    var a3 = a4.withPlacement(Placement.builder().from(a4.placement()).type(PlacementType.A3).build());
    var notByFosterCarers = AdoptionRecords.adoption(year).build();
    assertThat(flagged(rule, child(year).episodes(List.of(a3)).addAdoptions(notByFosterCarers).build(), year)).containsExactly(a3, notByFosterCarers);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentOnFlagsAgreeingWithThePlacement(CollectionYear year) {
    var a4 = episode(year).placement(Placement.builder().type(PlacementType.A4).provider(PlacementProvider.PR1).postcode(io.github.cscreturns.core.Postcode.of("BN1 1AA")).build())
        .start(LocalDate.of(year.startYear(), 10, 1)).reasonNewEpisode(ReasonNewEpisode.P).end(LocalDate.of(year.startYear(), 12, 1)).reasonCeased(ReasonEpisodeCeased.E11).build();
    assertThat(flagged(rule, child(year).episodes(List.of(a4)).addAdoptions(AdoptionRecords.adoption(year).build()).build(), year)).isEmpty();
    var a5 = a4.withPlacement(Placement.builder().from(a4.placement()).type(PlacementType.A5).build());
    var byFosterCarers = AdoptionRecords.adoption(year).adoptedByFosterCarer(AdoptedByFosterCarer.YES).build();
    assertThat(flagged(rule, child(year).episodes(List.of(a5)).addAdoptions(byFosterCarers).build(), year)).isEmpty();
  }
}
