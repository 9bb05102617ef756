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

class Rule352Test {
  private final Rule352 rule = new Rule352();

  @Test
  void firesWhenStartingToBeLookedAfterOnOrAfterThe18thBirthday() {
    Episode start = episode(YEAR, date(2022, 6, 1), ReasonNewEpisode.S, PlacementType.U4).build();
    Child child = childBorn(YEAR, date(2004, 6, 1), start);
    assertThat(flagged(rule, child, YEAR)).containsExactly(start);
  }

  @Test
  void silentBeforeThe18thBirthdayOrForOtherReasons() {
    assertThat(flagged(rule, child(YEAR).build(), YEAR)).isEmpty();
    Episode start = episode(YEAR, date(2022, 6, 1), ReasonNewEpisode.S, PlacementType.U4).build();
    assertThat(flagged(rule, childBorn(YEAR, date(2004, 6, 2), start), YEAR)).isEmpty();
    Episode move = episode(YEAR, date(2022, 6, 1), ReasonNewEpisode.P, PlacementType.U4).build();
    assertThat(flagged(rule, childBorn(YEAR, date(2004, 1, 1), move), YEAR)).isEmpty();
    assertThat(flagged(rule, child(YEAR).dob(Optional.empty()).build(), YEAR)).isEmpty();
  }
}
