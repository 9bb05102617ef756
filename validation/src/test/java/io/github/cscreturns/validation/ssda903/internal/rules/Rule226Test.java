package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.episode;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.codesets.ssda903.ReasonNewEpisode;
import io.github.cscreturns.codesets.ssda903.ReasonPlacementChange;
import io.github.cscreturns.core.ssda903.ImmutableEpisode;
import io.github.cscreturns.validation.ssda903.RuleTester;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Rule226Test {
  private final Rule226 rule = new Rule226();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2025_26"})
  void firesOnAReasonOnOrBeforeATemporaryPlacement(CollectionYear year) {
    int y = year.startYear();
    ImmutableEpisode before = episode(year).start(LocalDate.of(y, 5, 1)).end(LocalDate.of(y, 6, 1))
        .reasonCeased(ReasonEpisodeCeased.X1).reasonPlaceChange(ReasonPlacementChange.CHILD).build();
    ImmutableEpisode temporary = episode(year).start(LocalDate.of(y, 6, 1)).reasonNewEpisode(ReasonNewEpisode.P)
        .placement(RuleTester.placement(year).type(PlacementType.T1).build()).build();
    assertThat(flagged(rule, child(year).episodes(List.of(temporary, before)).build(), year)).containsExactly(temporary);
    ImmutableEpisode ownReason = temporary.withReasonPlaceChange(ReasonPlacementChange.OTHER);
    assertThat(flagged(rule, child(year).episodes(List.of(ownReason)).build(), year)).containsExactly(ownReason);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2025_26"})
  void silentWithoutReasonsOrTemporaryPlacements(CollectionYear year) {
    assertThat(flagged(rule, child(year).build(), year)).isEmpty();
    ImmutableEpisode temporary = episode(year).placement(RuleTester.placement(year).type(PlacementType.T4).build()).build();
    assertThat(flagged(rule, child(year).episodes(List.of(temporary)).build(), year)).isEmpty();
    ImmutableEpisode withReason = episode(year).end(LocalDate.of(year.startYear(), 9, 1)).reasonCeased(ReasonEpisodeCeased.X1)
        .reasonPlaceChange(ReasonPlacementChange.CARPL).build();
    assertThat(flagged(rule, child(year).episodes(List.of(withReason)).build(), year)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2025_26"})
  void anEpisodeWhoseDecomIsNotADateComesLast(CollectionYear year) {
    ImmutableEpisode undated = episode(year).start(java.util.Optional.empty()).putUnparsed("DECOM", " 29/06/2022")
        .placement(RuleTester.placement(year).type(PlacementType.T0).build()).reasonPlaceChange(ReasonPlacementChange.OTHER).build();
    ImmutableEpisode dated = episode(year).placement(RuleTester.placement(year).type(PlacementType.T0).build()).build();
    assertThat(flagged(rule, child(year).episodes(List.of(undated, dated)).build(), year)).containsExactly(undated);
  }
}
