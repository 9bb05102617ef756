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

class Rule354Test {
  private final Rule354 rule = new Rule354();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2025_26"})
  void firesForAnEpisodeStartingAfterTheYearEnds(CollectionYear year) {
    Episode late = RuleTester.episode(year).start(year.ssda903End().plusDays(1)).build();
    assertThat(flagged(rule, childWith(year, late), year)).containsExactly(late);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2025_26"})
  void silentForAnEpisodeStartingOn31March(CollectionYear year) {
    assertThat(flagged(rule, child(year).build(), year)).isEmpty();
    Episode last = RuleTester.episode(year).start(year.ssda903End()).build();
    assertThat(flagged(rule, childWith(year, last), year)).isEmpty();
  }
}
