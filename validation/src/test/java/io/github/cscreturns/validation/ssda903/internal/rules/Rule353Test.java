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

class Rule353Test {
  private final Rule353 rule = new Rule353();

  @Test
  void firesForAnEpisodeStartingBefore14October1991() {
    Episode early = RuleTester.episode(YEAR).start(date(1991, 10, 13)).build();
    assertThat(flagged(rule, childBorn(YEAR, date(1990, 1, 1), early), YEAR)).containsExactly(early);
  }

  @Test
  void silentFrom14October1991() {
    assertThat(flagged(rule, child(YEAR).build(), YEAR)).isEmpty();
    Episode onTheDay = RuleTester.episode(YEAR).start(date(1991, 10, 14)).build();
    assertThat(flagged(rule, childBorn(YEAR, date(1990, 1, 1), onTheDay), YEAR)).isEmpty();
  }
}
