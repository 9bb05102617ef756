package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.internal.rules.CarriedOverEpisodes.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.core.Postcode;
import io.github.cscreturns.core.ssda903.Episode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class Rule503JTest {
  private final Rule503J rule = new Rule503J();

  @Test
  void firesWhenTheFirstEpisodeIsOutOfTheAuthorityAndLastYearsOpenEpisodeIn() {
    Episode first = placedInAnotherLa();
    assertThat(flagged(rule, first, lastYear())).containsExactly(first);
  }

  @Test
  void silentWhenBothAreInOrBothOutOrNothingWasOpen() {
    assertThat(flagged(rule, firstEpisode(), lastYear())).isEmpty();
    Episode lastOut = lastYearsEpisode().placement(
        io.github.cscreturns.validation.ssda903.RuleTester.placement(YEAR.previous().orElseThrow()).postcode(Postcode.of(OTHER_LA_POSTCODE)).build()).build();
    assertThat(flagged(rule, placedInAnotherLa(), lastYear(lastOut))).isEmpty();
    assertThat(flagged(rule, placedInAnotherLa(), lastYear(lastYearsEpisode().end(LocalDate.of(2024, 3, 1)).build()))).isEmpty();
  }
}
