package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.episode;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.validation.ssda903.RuleTester;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.codesets.ssda903.ReasonPlacementChange;
import io.github.cscreturns.core.ssda903.ImmutableEpisode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Rule233Test {
  private final Rule233 rule = new Rule233();
  private static final CollectionYear YEAR = CollectionYear.Y2025_26;

  @Test
  void firesOnAReasonForAnOpenEpisode() {
    ImmutableEpisode open = episode(YEAR).reasonPlaceChange(ReasonPlacementChange.CARPL).build();
    ImmutableEpisode unparsed = episode(YEAR).unparsed(Map.of("REASON_PLACE_CHANGE", "???")).build();
    assertThat(flagged(rule, child(YEAR).episodes(List.of(open, unparsed)).build(), YEAR)).containsExactly(open, unparsed);
  }

  @Test
  void silentOnCeasedEpisodesOrNoReason() {
    assertThat(flagged(rule, child(YEAR).build(), YEAR)).isEmpty();
    ImmutableEpisode ceased = episode(YEAR).end(LocalDate.of(2025, 9, 1)).reasonCeased(ReasonEpisodeCeased.X1)
        .reasonPlaceChange(ReasonPlacementChange.CARPL).build();
    assertThat(flagged(rule, child(YEAR).episodes(List.of(ceased)).build(), YEAR)).isEmpty();
  }
}
