package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static io.github.cscreturns.validation.ssda903.EpisodeChains.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.LegalStatus;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.codesets.ssda903.ReasonNewEpisode;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.RuleTester;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Rule336Test {
  private final Rule336 rule = new Rule336();

  @Test
  void firesWhenPlacedWithCurrentFosterCarerAfterANonFosterPlacement() {
    Episode foster = ceased(YEAR, date(2022, 6, 1), date(2022, 8, 1), ReasonNewEpisode.S, PlacementType.U4).build();
    Episode hospital = ceased(YEAR, date(2022, 8, 1), date(2022, 8, 10), ReasonNewEpisode.P, PlacementType.T1).build();
    Episode adoption = episode(YEAR, date(2022, 8, 10), ReasonNewEpisode.P, PlacementType.A3).build();
    assertThat(flagged(rule, childWith(YEAR, adoption, hospital, foster), YEAR)).containsExactly(adoption);

    Episode home = ceased(YEAR, date(2022, 6, 1), date(2022, 9, 1), ReasonNewEpisode.S, PlacementType.R1).build();
    Episode order = episode(YEAR, date(2022, 9, 1), ReasonNewEpisode.B, PlacementType.A5).build();
    assertThat(flagged(rule, childWith(YEAR, home, order), YEAR)).containsExactly(order);

    // a blank placement before is not one of the codes the DfE's logic allows
    Episode blank = ceased(YEAR, date(2022, 6, 1), date(2022, 8, 1), ReasonNewEpisode.S, PlacementType.R1)
        .placement(io.github.cscreturns.core.ssda903.Placement.empty()).build();
    Episode after = episode(YEAR, date(2022, 8, 1), ReasonNewEpisode.P, PlacementType.A3).build();
    assertThat(flagged(rule, childWith(YEAR, blank, after), YEAR)).containsExactly(after);
  }

  @Test
  void silentAfterFosterOrAdoptionPlacementsAndForOtherAdoptionCodes() {
    assertThat(flagged(rule, child(YEAR).build(), YEAR)).isEmpty();
    Episode foster = ceased(YEAR, date(2022, 6, 1), date(2022, 8, 1), ReasonNewEpisode.S, PlacementType.U1).build();
    Episode a3 = ceased(YEAR, date(2022, 8, 1), date(2022, 9, 1), ReasonNewEpisode.P, PlacementType.A3).build();
    Episode a5 = episode(YEAR, date(2022, 9, 1), ReasonNewEpisode.B, PlacementType.A5).build();
    assertThat(flagged(rule, childWith(YEAR, foster, a3, a5), YEAR)).isEmpty();
    // A4 is not "with current foster carer(s)"; the first episode has nothing before it
    Episode home = ceased(YEAR, date(2022, 6, 1), date(2022, 8, 1), ReasonNewEpisode.S, PlacementType.R1).build();
    Episode a4 = episode(YEAR, date(2022, 8, 1), ReasonNewEpisode.P, PlacementType.A4).build();
    assertThat(flagged(rule, childWith(YEAR, home, a4), YEAR)).isEmpty();
    Episode first = episode(YEAR, date(2022, 6, 1), ReasonNewEpisode.S, PlacementType.A3).build();
    assertThat(flagged(rule, childWith(YEAR, first), YEAR)).isEmpty();
  }
}
