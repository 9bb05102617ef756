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

class Rule582Test {
  private final Rule582 rule = new Rule582();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnAnAdoptionOnTheDayOfTheMatch(CollectionYear year) {
    var adopted = episode(year).placement(Placement.builder().type(PlacementType.A4).provider(PlacementProvider.PR1).postcode(io.github.cscreturns.core.Postcode.of("BN1 1AA")).build())
        .start(LocalDate.of(year.startYear(), 10, 1)).reasonNewEpisode(ReasonNewEpisode.P).end(LocalDate.of(year.startYear(), 12, 1)).reasonCeased(ReasonEpisodeCeased.E11).build();
    var a = AdoptionRecords.adoption(year).matchedDate(adopted.end().get()).build();
    assertThat(flagged(rule, child(year).episodes(List.of(adopted)).addAdoptions(a).build(), year)).containsExactly(adopted);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentOnAMatchBeforeTheAdoption(CollectionYear year) {
    var adopted = episode(year).placement(Placement.builder().type(PlacementType.A4).provider(PlacementProvider.PR1).postcode(io.github.cscreturns.core.Postcode.of("BN1 1AA")).build())
        .start(LocalDate.of(year.startYear(), 10, 1)).reasonNewEpisode(ReasonNewEpisode.P).end(LocalDate.of(year.startYear(), 12, 1)).reasonCeased(ReasonEpisodeCeased.E11).build();
    assertThat(flagged(rule, child(year).episodes(List.of(adopted)).addAdoptions(AdoptionRecords.adoption(year).build()).build(), year)).isEmpty();
  }
}
