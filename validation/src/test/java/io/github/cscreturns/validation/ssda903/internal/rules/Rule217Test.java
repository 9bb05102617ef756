package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.episode;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.codesets.ssda903.ReasonNewEpisode;
import io.github.cscreturns.core.ssda903.ImmutableEpisode;
import io.github.cscreturns.validation.ssda903.RuleTester;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class Rule217Test {
  private final Rule217 rule = new Rule217();
  private static final CollectionYear YEAR = CollectionYear.Y2024_25;

  private static ImmutableEpisode a(PlacementType type, ReasonNewEpisode rne) {
    return episode(YEAR).placement(RuleTester.placement(YEAR).type(type).build()).reasonNewEpisode(Optional.ofNullable(rne)).build();
  }

  @Test
  void firesOnOtherReasonsForPlacementWithCurrentFosterCarers() {
    ImmutableEpisode p = a(PlacementType.A3, ReasonNewEpisode.P);
    ImmutableEpisode blank = a(PlacementType.A5, null);
    ImmutableEpisode fine = a(PlacementType.A5, ReasonNewEpisode.U);
    assertThat(flagged(rule, child(YEAR).episodes(List.of(p, blank, fine)).build(), YEAR)).containsExactly(p, blank);
  }

  @Test
  void silentOnSTUOtherPlacementsAndOldEpisodes() {
    assertThat(flagged(rule, child(YEAR).build(), YEAR)).isEmpty();
    List<ImmutableEpisode> fine = List.of(a(PlacementType.A3, ReasonNewEpisode.S), a(PlacementType.A3, ReasonNewEpisode.T),
        a(PlacementType.A4, ReasonNewEpisode.P), a(PlacementType.A5, ReasonNewEpisode.B).withStart(LocalDate.of(2015, 3, 31)));
    assertThat(flagged(rule, child(YEAR).episodes(fine).build(), YEAR)).isEmpty();
  }
}
