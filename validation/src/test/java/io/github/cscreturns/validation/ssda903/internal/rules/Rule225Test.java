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
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.ImmutableEpisode;
import io.github.cscreturns.validation.ssda903.RuleTester;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rule225Test {
  private final Rule225 rule = new Rule225();
  private static final CollectionYear YEAR = CollectionYear.Y2024_25;

  private static ImmutableEpisode first(PlacementType type) {
    return episode(YEAR).start(LocalDate.of(2024, 5, 1)).end(LocalDate.of(2024, 8, 1)).reasonCeased(ReasonEpisodeCeased.X1)
        .placement(RuleTester.placement(YEAR).type(type).build()).build();
  }

  private static ImmutableEpisode next(ReasonNewEpisode rne, PlacementType type) {
    return episode(YEAR).start(LocalDate.of(2024, 8, 1)).reasonNewEpisode(rne)
        .placement(RuleTester.placement(YEAR).type(type).build()).build();
  }

  @Test
  void firesWhenAPlacementEndsWithoutAReason() {
    ImmutableEpisode ended = first(PlacementType.U4);
    Child c = child(YEAR).episodes(List.of(next(ReasonNewEpisode.P, PlacementType.U6), ended)).build();
    assertThat(flagged(rule, c, YEAR)).containsExactly(ended);
  }

  @Test
  void silentWithAReasonALegalChangeOrTemporaryPlacements() {
    assertThat(flagged(rule, child(YEAR).build(), YEAR)).isEmpty();
    ImmutableEpisode withReason = first(PlacementType.U4).withReasonPlaceChange(ReasonPlacementChange.CARPL);
    assertThat(flagged(rule, child(YEAR).episodes(List.of(withReason, next(ReasonNewEpisode.P, PlacementType.U6))).build(), YEAR)).isEmpty();
    assertThat(flagged(rule, child(YEAR).episodes(List.of(first(PlacementType.U4), next(ReasonNewEpisode.L, PlacementType.U4))).build(), YEAR)).isEmpty();
    assertThat(flagged(rule, child(YEAR).episodes(List.of(first(PlacementType.U4), next(ReasonNewEpisode.P, PlacementType.T1))).build(), YEAR)).isEmpty();
    assertThat(flagged(rule, child(YEAR).episodes(List.of(first(PlacementType.T3), next(ReasonNewEpisode.P, PlacementType.U4))).build(), YEAR)).isEmpty();
  }
}
