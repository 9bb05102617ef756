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

class Rule390Test {
  private final Rule390 rule = new Rule390();

  private static Episode adoptedFrom(PlacementType type) {
    return RuleTester.episode(YEAR).placement(placement(type)).end(date(2022, 9, 1)).reasonCeased(ReasonEpisodeCeased.E12).build();
  }

  @Test
  void firesForAnAdoptionFromAPlacementNotForAdoption() {
    Episode adopted = adoptedFrom(PlacementType.U4);
    assertThat(flagged(rule, childWith(YEAR, adopted), YEAR)).containsExactly(adopted);
  }

  @Test
  void silentForAnAdoptionFromAnAdoptivePlacementOrABlankPlacement() {
    assertThat(flagged(rule, child(YEAR).build(), YEAR)).isEmpty();
    assertThat(flagged(rule, childWith(YEAR, adoptedFrom(PlacementType.A5)), YEAR)).isEmpty();
    Episode blank = RuleTester.episode(YEAR).placement(io.github.cscreturns.core.ssda903.Placement.empty())
        .end(date(2022, 9, 1)).reasonCeased(ReasonEpisodeCeased.E11).build();
    assertThat(flagged(rule, childWith(YEAR, blank), YEAR)).isEmpty();
  }
}
