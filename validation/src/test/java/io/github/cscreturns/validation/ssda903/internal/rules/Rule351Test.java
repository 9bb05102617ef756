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

class Rule351Test {
  private final Rule351 rule = new Rule351();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesWhenThe25thBirthdayWasBeforeTheYearStarted(CollectionYear year) {
    Child old = child(year).dob(year.ssda903Start().minusYears(25).minusDays(1)).build();
    assertThat(flagged(rule, old, year)).containsExactly(old);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentUpTo25OnTheFirstDay(CollectionYear year) {
    assertThat(flagged(rule, child(year).build(), year)).isEmpty();
    assertThat(flagged(rule, child(year).dob(year.ssda903Start().minusYears(25)).build(), year)).isEmpty();
    assertThat(flagged(rule, child(year).dob(Optional.empty()).build(), year)).isEmpty();
  }
}
