package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.internal.rules.CarriedOverEpisodes.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.core.Postcode;
import io.github.cscreturns.core.ssda903.Episode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class Rule453Test {
  private final Rule453 rule = new Rule453();

  @Test
  void firesWhenTheDistanceChangesOrLastYearsCannotBeDerived() {
    Episode first = homeAtThePlacement();
    assertThat(flagged(rule, first, lastYear())).containsExactly(first);
    Episode unchanged = firstEpisode();
    assertThat(flagged(rule, unchanged, lastYear(lastYearsEpisode().homePostcode(Postcode.of("ZZ1 1ZZ")).build()))).containsExactly(unchanged);
  }

  @Test
  void silentWhenTheDistanceIsTheSameOrThisYearsCannotBeDerived() {
    assertThat(flagged(rule, firstEpisode(), lastYear())).isEmpty();
    assertThat(flagged(rule, io.github.cscreturns.validation.ssda903.RuleTester.episode(YEAR).homePostcode(Postcode.of("ZZ1 1ZZ")).build(), lastYear())).isEmpty();
    assertThat(flagged(rule, homeAtThePlacement(), lastYear(lastYearsEpisode().end(LocalDate.of(2024, 3, 1)).build()))).isEmpty();
  }
}
