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

class Rule372Test {
  private final Rule372 rule = new Rule372();
  private static final LocalDate START = date(2022, 6, 1);

  @Test
  void firesForAR5PlacementStartingBeforeThe10Birthday() {
    Episode placed = episode(YEAR, START, ReasonNewEpisode.S, PlacementType.R5).end(START.plusDays(30)).build();
    Child child = childBorn(YEAR, START.minusYears(10).plusDays(1), placed);
    assertThat(flagged(rule, child, YEAR)).containsExactly(placed);
  }

  @Test
  void silentFromThe10BirthdayOrInOtherPlacements() {
    assertThat(flagged(rule, child(YEAR).build(), YEAR)).isEmpty();
    Episode placed = episode(YEAR, START, ReasonNewEpisode.S, PlacementType.R5).end(START.plusDays(30)).build();
    assertThat(flagged(rule, childBorn(YEAR, START.minusYears(10), placed), YEAR)).isEmpty();
    Episode other = episode(YEAR, START, ReasonNewEpisode.S, PlacementType.U6).end(START.plusDays(30)).build();
    assertThat(flagged(rule, childBorn(YEAR, START.minusYears(10).plusDays(1), other), YEAR)).isEmpty();
    assertThat(flagged(rule, RuleTester.child(YEAR).dob(Optional.empty()).episodes(java.util.List.of(placed)).build(), YEAR)).isEmpty();
    // an open episode is not judged, as the DfE portal judges ceased episodes only (370-374 share this)
    Episode open = episode(YEAR, START, ReasonNewEpisode.S, PlacementType.R5).build();
    assertThat(flagged(rule, childBorn(YEAR, START.minusYears(10).plusDays(1), open), YEAR)).isEmpty();
  }
}
